import threading
import time

cond = threading.Condition()
items = []
taken = []


def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        taken.append(items.pop(0))


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for t in threads:
    t.start()
time.sleep(0.02)
with cond:
    items.extend(["a", "b"])
    cond.notify_all()
for t in threads:
    t.join()
print("taken:", sorted(taken))
with cond:
    start = time.monotonic()
    print("wait:", cond.wait(0.02), time.monotonic() - start >= 0.02)
    print("wait_for:", cond.wait_for(lambda: False, timeout=0.02))
    print(cond.wait(0))
plain = threading.Condition(threading.Lock())
with plain:
    plain.notify()
try:
    plain.wait()
except RuntimeError as error:
    print(error)
cond.notify()
