import queue
import threading

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
simple = queue.SimpleQueue()
for item in [3, 1, 4, 1, 5, 9, 2, 6]:
    lifo.put(item)
    prio.put(item)
    simple.put(item)
print([lifo.get() for _ in range(8)])
print([prio.get() for _ in range(8)])
print(simple.qsize(), simple.empty(), [simple.get() for _ in range(8)], simple.empty())
try:
    simple.get(timeout=0.01)
except queue.Empty:
    print("simple empty")
try:
    simple.get(timeout=-1)
except ValueError as error:
    print(error)


def later():
    simple.put("late")


t = threading.Timer(0.02, later)
t.start()
print(simple.get())
t.join()
simple.get(block=False)
