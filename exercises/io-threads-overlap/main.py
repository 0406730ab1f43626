import threading
import time

DOWNLOADS = 4
DELAY = 0.5


def download(delay):
    time.sleep(delay)  # a blocking wait releases the GIL


start = time.perf_counter()
threads = [threading.Thread(target=download, args=(DELAY,)) for _ in range(DOWNLOADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"took {time.perf_counter() - start:.1f} s")
