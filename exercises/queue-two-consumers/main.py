import queue
import threading

jobs = queue.Queue()
for i in range(2):
    jobs.put(i)


def consumer(name):
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        print(name, "took", job)


threads = [threading.Thread(target=consumer, args=(name,)) for name in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
