import threading
import time

WORK_TIME = 0.2

go = threading.Event()


def work():
    go.wait()  # do not finish before the main thread has looked
    time.sleep(WORK_TIME)


t = threading.Thread(target=work, name="worker")
print("before start:", t.is_alive())
t.start()
print("after start:", t.is_alive())
go.set()
t.join()
print("after join:", t.is_alive())
