import threading
import time

WORKERS = 2

ready = threading.Event()


def worker(n):
    print(f"worker {n} waiting")
    ready.wait()
    print(f"worker {n} running")


threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
for t in threads:
    t.start()
time.sleep(0.1)
print("main: go")
ready.set()
for t in threads:
    t.join()
