import time
from multiprocessing.pool import ThreadPool

FIRST_DELAY = 0.2


def slow_square(job):
    x, delay = job
    time.sleep(delay)
    return x * x


jobs = [(1, FIRST_DELAY), (2, 0.1)]
with ThreadPool(2) as pool:
    for result in pool.imap_unordered(slow_square, jobs):
        print(result)
