import threading
import time

slots = threading.Semaphore(2)
inside = 0
most = 0


def use():
    global inside, most
    with slots:
        inside += 1
        most = max(most, inside)
        time.sleep(0.02)
        inside -= 1


threads = [threading.Thread(target=use) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside:", most)
print(slots.acquire(timeout=0.01), slots.acquire(False), slots.acquire(False), slots.acquire(timeout=0.02))
try:
    slots.acquire(False, 1)
except ValueError as error:
    print(error)
try:
    threading.Semaphore(-1)
except ValueError as error:
    print(error)
bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
bounded.release()
