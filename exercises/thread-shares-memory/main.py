import threading

ITEMS = 3

results = []


def worker(name):
    for i in range(ITEMS):
        results.append(f"{name}{i}")


threads = [threading.Thread(target=worker, args=(name,)) for name in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results))
