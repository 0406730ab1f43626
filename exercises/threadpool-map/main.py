from multiprocessing.pool import ThreadPool

WORKERS = 1


def square(x):
    return x * x


with ThreadPool(WORKERS) as pool:
    print(pool.map(square, [2, 3]))
