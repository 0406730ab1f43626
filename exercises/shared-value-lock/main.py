import multiprocessing


def bump(counter):
    with counter.get_lock():  # read, add and write back as one step
        counter.value += 1


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("i", 0)
    workers = [ctx.Process(target=bump, args=(counter,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(counter.value)
