import multiprocessing


def work():
    print("work")


multiprocessing.set_start_method("spawn")
p = multiprocessing.Process(target=work)
p.start()
p.join()
print("parent sees exit code", p.exitcode)
