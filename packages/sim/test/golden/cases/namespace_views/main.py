# globals(), locals(), vars() and dir(): live views of namespaces, as CPython 3.11 gives them.
import helpers

counter = 1
g = globals()
g["created"] = "by globals()"
print(created)
counter += 1
print(g["counter"], "counter" in g, len(g) == len(globals()))
print(globals() is g, locals() is g, vars() is g)
del g["created"]
print("created" in globals())
print(sorted(k for k in g if not k.startswith("__")))


def snapshot(a, *rest, **options):
    b = a * 2
    inner_seen = []

    def inner():
        inner_seen.append(a)
        return b

    view = locals()
    b = 99
    print(sorted(view.items(), key=lambda item: item[0]) == sorted(view.items()))
    print(sorted(view), view["b"], locals()["b"], vars()["b"])
    return inner


snapshot(1, 2, k=3)


def closure_locals():
    x = 1

    def reads_x():
        y = x + 1
        return sorted(locals().items())

    return reads_x()


print(closure_locals())


class Point:
    dims = 2
    print("class body", sorted(k for k in locals() if not k.startswith("__")), "__module__" in locals())

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
d = vars(p)
print(d, d is p.__dict__)
d["z"] = 5
p.w = 6
print(p.z, d["w"], list(d), len(d))
del d["x"]
print(hasattr(p, "x"), vars(p))
p.__dict__.update(x=7)
print(p.x, p.norm1())
print(dir(p))
print(dir(Point))
print([n for n in dir(Point) if not n.startswith("_")])


class Labelled(Point):
    label = "L"


print([n for n in dir(Labelled(0, 0)) if not n.startswith("_")])
print(dir(helpers))
vars(helpers)["added"] = 1
print(helpers.added, helpers.twice(4))
print(dir())


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(vars(helpers.twice))
helpers.twice.tag = "t"
print(vars(helpers.twice))
for key in globals():
    if key == "p":
        print("found p")
