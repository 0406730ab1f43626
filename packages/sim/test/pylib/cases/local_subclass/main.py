import threading


class Context(threading.local):
    def __init__(self, start):
        self.count = start


shared = Context(10)
plain = threading.local()
plain.x = "main"


def work(n):
    shared.count += n
    print(threading.current_thread().name, shared.count, hasattr(plain, "x"))


threads = [threading.Thread(target=work, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
    t.join()
print(shared.count, plain.x)
try:
    threading.local(1)
except TypeError as error:
    print(error)
print(plain.missing)
