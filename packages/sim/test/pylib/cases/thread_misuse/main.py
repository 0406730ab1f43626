import threading


class Forgetful(threading.Thread):
    def __init__(self):
        self.value = 1


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 2


w = Worker(4)
w.start()
w.join()
print(w.name, w.result, w.is_alive())
t = threading.Thread(target=print, args=5)
t.start()
t.join()
try:
    threading.Thread(group="g")
except AssertionError as error:
    print("assert:", error)
Forgetful().start()
