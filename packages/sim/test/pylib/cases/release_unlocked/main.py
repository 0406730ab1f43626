import threading

lock = threading.Lock()
with lock:
    print("locked:", lock.locked())
print("locked:", lock.locked(), lock.acquire(False), lock.acquire(False))
lock.release()
lock.release()
