def worker():
    try:
        while True:
            x = yield
            print("got", x)
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
w.close()
print("closed")

class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0].__name__)

def g():
    with CM():
        yield 1
        yield 2

it = g()
print(next(it))
it.close()

def h():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 99
    return "end"

k = h()
next(k)
print(k.throw(ValueError("boom")))
try:
    next(k)
except StopIteration as e:
    print("stop", e.value)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

def outer():
    r = yield from h()
    print("r", r)
o = outer()
print(next(o))
print(o.send(None) if False else "skip")
def sub():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def acc():
    t = yield from sub()
    yield ("total", t)
a = acc(); next(a); a.send(3); a.send(4); print(a.send(None))
