import time
from concurrent.futures import ThreadPoolExecutor, as_completed

SLOW = 0.2


def fetch(name, delay):
    time.sleep(delay)
    return name


with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(fetch, "slow", SLOW), executor.submit(fetch, "fast", 0.05)]
    for future in as_completed(futures):
        print(future.result())
