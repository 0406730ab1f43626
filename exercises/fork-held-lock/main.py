import os
import threading

guard = threading.Lock()
holding = threading.Event()
release = threading.Event()


def holder():
    with guard:
        holding.set()
        release.wait()


t = threading.Thread(target=holder)
t.start()
holding.wait()  # the other thread now holds guard
pid = os.fork()
if pid == 0:
    guard.acquire()
    print("child got the lock", flush=True)
    os._exit(0)
os.waitpid(pid, 0)
release.set()
t.join()
print("parent done")
