def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"

g = countdown(3)
print("created")
print(next(g), next(g))
for value in g:
    print("got", value)
print(list(countdown(2)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def delegate():
    result = yield from countdown(1)
    yield result

print(list(delegate()))
g2 = countdown(1)
next(g2)
try:
    next(g2)
except StopIteration as stop:
    print("stop value:", stop.value)
print(next(iter([]), "default"))
