import os
import sys
import threading

lock = threading.Lock()


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        with lock:
            if self.n == 0:
                raise StopIteration
            self.n -= 1
            return self.n


def worker():
    for _ in Countdown(2):
        pass


t = threading.Thread(target=worker)
t.start()
for i in Countdown(3):
    print("main", i)
t.join()


class Forker:
    done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        sys.stdout.flush()  # the same output whether stdout is a terminal or a pipe
        return os.fork()


for pid in Forker():
    if pid == 0:
        print("child", flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
    print("parent")
