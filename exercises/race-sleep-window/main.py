import threading
import time

TIMES = 1

counter = 0


def bump(times):
    global counter
    for _ in range(times):
        seen = counter
        time.sleep(0)  # any blocking call: I/O, a log write, a lock
        counter = seen + 1


threads = [threading.Thread(target=bump, args=(TIMES,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
