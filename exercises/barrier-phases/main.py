import threading

PARTIES = 2

barrier = threading.Barrier(PARTIES)


def worker(n):
    print(f"{n}: phase 1")
    barrier.wait()  # nobody starts phase 2 before everyone finished phase 1
    print(f"{n}: phase 2")


threads = [threading.Thread(target=worker, args=(n,)) for n in range(PARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()
