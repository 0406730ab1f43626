import multiprocessing


def work():
    print("work")


ctx = multiprocessing.get_context("spawn")
p = ctx.Process(target=work)
p.start()
p.join()
print("parent sees exit code", p.exitcode)
