import os
import threading

WORKERS = 2

stop = threading.Event()
threads = [threading.Thread(target=stop.wait) for _ in range(WORKERS)]
for t in threads:
    t.start()
print("parent threads:", threading.active_count(), flush=True)
pid = os.fork()
if pid == 0:
    print("child threads:", threading.active_count(), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
stop.set()
for t in threads:
    t.join()
