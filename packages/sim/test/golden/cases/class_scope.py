class Registry:
    items = []
    prefix = "item"
    names = [prefix + str(i) for i in range(2)] if False else ["fixed"]

    def __init__(self, name):
        self.name = name
        Registry.items.append(name)

    def shared(self):
        return self.items

    def label(self):
        return f"{self.prefix}-{self.name}"


a = Registry("a")
b = Registry("b")
print(a.shared(), b.shared() is a.shared(), a.label(), Registry.names)
b.prefix = "own"
print(a.label(), b.label())
class Counter:
    total = 0
    def bump(self):
        self.total += 1
        return self.total
c = Counter()
print(c.bump(), c.bump(), Counter.total, c.total)
