import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

USE_PROCESSES = True


def countdown(n):
    while n > 0:
        n -= 1
    return n


if __name__ == "__main__":
    if USE_PROCESSES:
        executor = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork"))
    else:
        executor = ThreadPoolExecutor(max_workers=2)
    with executor:
        print(list(executor.map(countdown, [200_000, 200_000])))
