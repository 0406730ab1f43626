import threading

DEPTH = 2

lock = threading.Lock()


def countdown(n):
    with lock:
        print("level", n, flush=True)
        if n > 1:
            countdown(n - 1)  # acquires the lock again while holding it


t = threading.Thread(target=countdown, args=(DEPTH,))
t.start()
t.join()
print("done")
