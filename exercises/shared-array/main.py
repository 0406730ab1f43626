import multiprocessing

SIZE = 2


def fill(slots, index):
    slots[index] = index * index  # each process writes only its own slot


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    slots = ctx.Array("i", SIZE)
    workers = [ctx.Process(target=fill, args=(slots, i)) for i in range(SIZE)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(list(slots))
    plain = [0] * SIZE
    worker = ctx.Process(target=fill, args=(plain, 1))
    worker.start()
    worker.join()
    print(plain)
