import threading

rlock = threading.RLock()
with rlock:
    with rlock:
        print("reentered")


def other():
    try:
        rlock.release()
    except RuntimeError as error:
        print("other thread:", error)


rlock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
rlock.release()
