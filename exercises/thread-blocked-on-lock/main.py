import threading
import time

HOLD = 0.3

lock = threading.Lock()


def worker():
    with lock:  # waits here while the main thread holds the lock
        print("worker got the lock")


lock.acquire()
t = threading.Thread(target=worker, name="worker")
t.start()
time.sleep(HOLD)
print("main releases the lock")
lock.release()
t.join()
