import threading

TIMES = 2

items = []


def add(times):
    for i in range(times):
        items.append(i)


threads = [threading.Thread(target=add, args=(TIMES,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items))
