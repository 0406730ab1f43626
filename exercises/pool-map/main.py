import multiprocessing

PROCESSES = 1


def square(x):
    return x * x


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(PROCESSES) as pool:
        print(pool.map(square, range(4)))
