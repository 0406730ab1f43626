import threading
import time

WITH_CPU_THREAD = True
REQUESTS = 5


def cpu_hog():
    n = 10_000_000  # far more work than the I/O thread needs time: a daemon, never joined
    while n > 0:
        n -= 1


def io_worker():
    start = time.perf_counter()
    for _ in range(REQUESTS):
        time.sleep(0.001)  # a short I/O wait, then a little Python work
    print(f"io worker: {(time.perf_counter() - start) * 1000:.0f} ms")


hog = threading.Thread(target=cpu_hog, daemon=True)
io = threading.Thread(target=io_worker)
if WITH_CPU_THREAD:
    hog.start()
io.start()
io.join()
