import threading

DIVISOR = 0


def worker():
    print("worker starts")
    print(10 / DIVISOR)
    print("worker ends")


t = threading.Thread(target=worker)
t.start()
t.join()
print("main thread still running")
