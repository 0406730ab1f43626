import multiprocessing
import threading

USE_PROCESSES = False
WORK = 200_000


def countdown(n):
    while n > 0:
        n -= 1


if __name__ == "__main__":
    if USE_PROCESSES:
        ctx = multiprocessing.get_context("fork")
        workers = [ctx.Process(target=countdown, args=(WORK,)) for _ in range(2)]
    else:
        workers = [threading.Thread(target=countdown, args=(WORK,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("done")
