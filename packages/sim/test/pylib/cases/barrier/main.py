import threading
import time

results = []
barrier = threading.Barrier(3, action=lambda: results.append("action"))
print(barrier.parties, barrier.n_waiting, barrier.broken)


last = threading.Event()


def party(is_last):
    if is_last:
        last.wait()
    index = barrier.wait()
    results.append(index)


threads = [threading.Thread(target=party, args=(n == 2,)) for n in range(3)]
for t in threads:
    t.start()
while barrier.n_waiting < 2:
    time.sleep(0.001)
print("waiting:", barrier.n_waiting)
last.set()
for t in threads:
    t.join()
print(sorted(results, key=str), barrier.n_waiting)

lonely = threading.Barrier(2, timeout=0.05)
try:
    lonely.wait()
except threading.BrokenBarrierError as error:
    print("broken:", repr(error), lonely.broken)
lonely.reset()
print("after reset:", lonely.broken)


def aborter():
    time.sleep(0.05)
    lonely.abort()


t = threading.Thread(target=aborter)
t.start()
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print("aborted:", lonely.broken)
t.join()
lonely.wait()
