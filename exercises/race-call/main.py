import threading

TIMES = 2

counter = 0


def one():
    return 1


def bump(times):
    global counter
    for _ in range(times):
        counter = counter + one()


threads = [threading.Thread(target=bump, args=(TIMES,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
