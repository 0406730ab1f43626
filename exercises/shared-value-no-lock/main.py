import multiprocessing


def bump(counter):
    counter.value += 1  # read from shared memory, add, write back


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("i", 0)
    workers = [ctx.Process(target=bump, args=(counter,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(counter.value)
