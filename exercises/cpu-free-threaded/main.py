import threading

N_THREADS = 2
WORK = 200_000


def countdown(n):
    while n > 0:
        n -= 1


threads = [threading.Thread(target=countdown, args=(WORK,)) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
