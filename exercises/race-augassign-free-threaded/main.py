import threading

TIMES = 3

counter = 0


def bump(times):
    global counter
    for _ in range(times):
        counter += 1


threads = [threading.Thread(target=bump, args=(TIMES,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
