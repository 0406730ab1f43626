import time

DOWNLOADS = 4
DELAY = 0.5


def download(delay):
    time.sleep(delay)  # waiting for the network: no CPU work at all


start = time.perf_counter()
for _ in range(DOWNLOADS):
    download(DELAY)
print(f"took {time.perf_counter() - start:.1f} s")
