def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

a = make_counter(5)
b = make_counter(100)
print(a(), a(10), b(), a())

def make_multipliers():
    return [lambda x: x * i for i in range(3)]

print([f(10) for f in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(3)]

print([f(10) for f in make_multipliers_fixed()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()

print(outer())

def accumulator():
    items = []
    def add(item):
        items.append(item)
        return list(items)
    return add

acc = accumulator()
acc(1)
print(acc(2), acc.__name__)
