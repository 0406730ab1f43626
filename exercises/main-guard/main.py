import multiprocessing


def work():
    print("child working", flush=True)


ctx = multiprocessing.get_context("spawn")
p = ctx.Process(target=work)  # no `if __name__ == "__main__":` guard
p.start()
p.join()
print("child exit code:", p.exitcode)
