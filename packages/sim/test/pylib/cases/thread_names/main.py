import threading


def worker():
    pass


class Worker(threading.Thread):
    def run(self):
        print("run of", self.name, "daemon" if self.daemon else "not daemon")


threads = [
    threading.Thread(target=worker),
    threading.Thread(target=lambda: None),
    threading.Thread(target=print, args=("from print",)),
    threading.Thread(target=worker, name="named"),
    threading.Timer(0.01, worker),
    Worker(daemon=True),
    threading.Thread(),
]
for t in threads:
    print(t.name, t.daemon, t.ident, t.native_id, t.is_alive())
for t in threads:
    t.start()
    t.join()
    print(t.name, t.is_alive(), type(t.ident).__name__, t.native_id is not None)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
t = threading.Thread(target=worker)
t.name = 7
print(repr(t.name), threading.active_count(), [th.name for th in threading.enumerate()])
