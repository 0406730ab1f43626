import time
from concurrent.futures import ThreadPoolExecutor

FIRST_DELAY = 0.3

DELAYS = (FIRST_DELAY, 0.1)


def fetch(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=2) as executor:
    for result in executor.map(fetch, DELAYS):
        print(result)
