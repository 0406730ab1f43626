import queue
import threading

ITEMS = 3

jobs = queue.Queue()


def producer():
    for i in range(ITEMS):
        jobs.put(i)
    jobs.put(None)  # a sentinel: no more jobs


def consumer():
    while True:
        job = jobs.get()
        if job is None:
            break
        print("processed", job)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all done")
