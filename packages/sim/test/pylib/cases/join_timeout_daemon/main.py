import threading
import time


def slow():
    time.sleep(0.2)
    print("slow done")


def forever():
    threading.Event().wait()


t = threading.Thread(target=slow)
t.start()
t.join(0.01)
print("alive after short join:", t.is_alive())
t.join(-1)
d = threading.Thread(target=forever, daemon=True)
d.start()
print("daemon alive:", d.is_alive(), d.daemon)
print("main ends first")
