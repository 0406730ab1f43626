import multiprocessing

ITEMS = 3

results = []


def worker(name):
    for i in range(ITEMS):
        results.append(f"{name}{i}")
    print("child sees", len(results))


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    p = ctx.Process(target=worker, args=("a",))
    p.start()
    p.join()
    print("parent sees", len(results))
