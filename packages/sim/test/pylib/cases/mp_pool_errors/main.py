import multiprocessing
from multiprocessing.pool import ThreadPool


def check(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x


def name(_):
    return multiprocessing.current_process().name


if __name__ == "__main__":
    with ThreadPool(2) as pool:
        result = pool.map_async(check, range(5))
        try:
            result.get(timeout=5)
        except ValueError as error:
            print("thread pool:", error, result.successful())
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        print(all(n.startswith("ForkPoolWorker-") for n in pool.map(name, range(8), chunksize=1)))
        print(list(pool.imap(check, [1, 2], chunksize=1)))
        try:
            pool.map(lambda x: x, [1])
        except Exception as error:
            print(type(error).__name__, str(error).split(" at ")[0])
        pool.map(check, range(5))
