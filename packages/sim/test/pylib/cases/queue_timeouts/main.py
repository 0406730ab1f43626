import queue
import threading
import time

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.full(), q.empty())
try:
    q.put(3, timeout=0.02)
except queue.Full:
    print("full")
try:
    q.put(3, timeout=-1)
except ValueError as error:
    print(error)
print(q.get(), q.get_nowait())
q.task_done()
q.task_done()
try:
    q.get_nowait()
except queue.Empty as error:
    print("empty", repr(error))


def producer():
    for item in range(5):
        q.put(item)
        time.sleep(0.001)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        print("got", item)
        q.task_done()
    q.task_done()


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
threads[0].join()
q.join()
print("all done", q.unfinished_tasks)
threads[1].join()
try:
    q.task_done()
except ValueError as error:
    print(error)
q.get(timeout=0.05)
