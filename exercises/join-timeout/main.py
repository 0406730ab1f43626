import threading
import time

TIMEOUT = 0.1


def slow():
    time.sleep(0.3)


t = threading.Thread(target=slow)
t.start()
t.join(timeout=TIMEOUT)
print("alive after join:", t.is_alive())
t.join()
print("alive after second join:", t.is_alive())
