import multiprocessing

N_PROCESSES = 4
WORK = 200_000


def countdown(n):
    while n > 0:
        n -= 1


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=countdown, args=(WORK,)) for _ in range(N_PROCESSES)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("done")
