import pickle
import threading


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def outer():
    def inner():
        pass
    return inner


def numbers():
    yield 1


shared = [1, 2]
data = {"points": [Point(1, 2), Point(3, 4)], "pair": (shared, shared), "text": "é", "big": 2 ** 80}
copy = pickle.loads(pickle.dumps(data))
print(copy, copy["pair"][0] is copy["pair"][1], copy == data)
print(pickle.loads(pickle.dumps(ValueError("bad", 3))), pickle.loads(pickle.dumps(Point)) is Point)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, type(pickle.dumps(1)).__name__)
for value in [outer(), threading.Lock(), threading.RLock(), numbers(), threading.Thread(), lambda: 0]:
    try:
        pickle.dumps(value)
    except (pickle.PicklingError, AttributeError, TypeError) as error:
        print(type(error).__name__, str(error).split(" at 0x")[0])
try:
    pickle.loads(b"not a pickle")
except pickle.UnpicklingError as error:
    print(type(error).__module__, type(error).__name__)
pickle.dumps(outer())
