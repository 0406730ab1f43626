import multiprocessing

START_METHOD = "spawn"

print("module loaded", flush=True)


def work():
    print("child working", flush=True)


if __name__ == "__main__":
    ctx = multiprocessing.get_context(START_METHOD)
    p = ctx.Process(target=work)
    p.start()
    p.join()
    print("parent done")
