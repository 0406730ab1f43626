import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


def pid(_):
    return os.getpid() != PARENT


PARENT = os.getpid()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(square, range(10), chunksize=3)))
        print(sorted(f.result() for f in as_completed([pool.submit(square, x) for x in range(5)])))
        print(all(pool.map(pid, range(4))))
        future = pool.submit(fail, 7)
        print(repr(future.exception()), type(future.exception().__cause__).__name__)
        bad = pool.submit(square, lambda: 1)
        print(type(bad.exception()).__name__)
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork"))
    print(pool.submit(square, 12).result())
    pool.shutdown()
    try:
        pool.submit(square, 1)
    except RuntimeError as error:
        print(error)
    with ProcessPoolExecutor(1) as pool:
        pool.submit(fail, 1).result()
