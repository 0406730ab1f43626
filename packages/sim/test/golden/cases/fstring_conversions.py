value = 21
name = "Ada"
items = [1, 2]
print(f"{value=}")
print(f"{value = }")
print(f"{value * 2 = }")
print(f"{name=}", f"{name=!s}", f"{name!r}", f"{name!s}", f"{name!a}")
print(f"{value=:>6}", f"{3.14159=:.2f}")
print(f"{items=}", f"{len(items)=}")
emoji = "héllo"
print(f"{emoji!r} {emoji!a}")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "two")
print(f"{p} {p!r} {p=} {p!s:>12}")
