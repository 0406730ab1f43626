class Cache(dict):
    def __init__(self, *args, notifier=None, **kwds):
        self.notifier = notifier
        super().__init__(*args, **kwds)

    def __delitem__(self, item):
        super().__delitem__(item)
        if not self:
            print("empty, notify", self.notifier)

c = Cache(notifier="q")
c[1] = "a"
c[2] = "b"
print(c, len(c), 1 in c, isinstance(c, dict), type(c).__name__, list(c), c.get(2))
del c[1]
del c[2]
print(c, bool(c))

class Stack(list):
    def push(self, x):
        self.append(x)
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack([1, 2])
s.push(3)
print(s, len(s), s[0], s[-1], sum(s), s == [1, 2, 3], [x * 2 for x in s])

class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair({self[0]!r}, {self[1]!r})"
p = Pair(1, "x")
print(p, p.first, len(p), p[1], isinstance(p, tuple), p == (1, "x"))
a, b = p
print(a, b)

class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
x = Singleton(1)
y = Singleton(2)
print(x is y, x.value)

Point = type("Point", (), {"x": 1, "show": lambda self: f"Point {self.x}"})
print(Point().show(), Point.__name__)
Sub = type("Sub", (Point,), {})
print(Sub().show(), Sub.__mro__)

class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
print(cnt["z"], cnt)
class Tags(set):
    pass
t = Tags([3, 1, 3])
print(len(t), 3 in t, sorted(t))
