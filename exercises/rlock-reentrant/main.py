import threading

DEPTH = 3

lock = threading.RLock()


def countdown(n):
    with lock:
        print("level", n)
        if n > 1:
            countdown(n - 1)  # acquires the lock again while holding it


t = threading.Thread(target=countdown, args=(DEPTH,))
t.start()
t.join()
print("done")
