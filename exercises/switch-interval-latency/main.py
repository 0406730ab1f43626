import sys
import threading
import time

SWITCH_INTERVAL = 0.005


def cpu_hog():
    n = 10_000_000  # far more work than the I/O thread needs time: a daemon, never joined
    while n > 0:
        n -= 1


def io_worker():
    for _ in range(5):
        time.sleep(0.001)


sys.setswitchinterval(SWITCH_INTERVAL)
hog = threading.Thread(target=cpu_hog, daemon=True)
io = threading.Thread(target=io_worker)
hog.start()
io.start()
io.join()
print("done")
