import multiprocessing

DIVISOR = 0


def worker():
    print("child starts", flush=True)
    print(10 / DIVISOR)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    p = ctx.Process(target=worker)
    p.start()
    p.join()
    print("child exit code:", p.exitcode)
    print("parent still running")
