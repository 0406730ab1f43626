import threading
import time

SLOTS = 2
TASKS = 4

slots = threading.Semaphore(SLOTS)


def download():
    with slots:  # at most SLOTS downloads at a time
        time.sleep(0.1)


start = time.perf_counter()
threads = [threading.Thread(target=download) for _ in range(TASKS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"took {time.perf_counter() - start:.1f} s")
