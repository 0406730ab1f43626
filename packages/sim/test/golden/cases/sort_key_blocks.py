import threading
import time

lock = threading.Lock()
weights = {"a": 3, "b": 1, "c": 2}


def weight(name):
    with lock:
        return weights[name]


def editor():
    with lock:
        time.sleep(0.01)
        weights["a"] = 0


t = threading.Thread(target=editor)
t.start()
print(sorted("abc", key=weight))
names = ["c", "a", "b"]
names.sort(key=lambda n: -weight(n), reverse=True)
print(names)
t.join()
print(sorted(["x", "yy", "z"], key=len), sorted([3, 1, 2], key=lambda v: -v, reverse=True))


def bad_key(item):
    return 1 / item


sorted([1, 0], key=bad_key)
