import threading
import time

ready = threading.Event()
print(ready.is_set(), ready.wait(0.01))


def later():
    print("timer fired")
    ready.set()


timer = threading.Timer(0.02, later)
timer.start()
print("waited:", ready.wait())
timer.join()
ready.clear()
print(ready.is_set())
cancelled = threading.Timer(0.05, later)
cancelled.start()
cancelled.cancel()
cancelled.join()
print("cancelled:", ready.is_set())
