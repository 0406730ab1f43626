a, b, c = [1, 2, 3]
print(a, b, c)
head, *tail = "hello"
print(head, tail)
*init, last = (1, 2, 3)
print(init, last)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
for key, (x, y) in {"p": (1, 2), "q": (3, 4)}.items():
    print(key, x + y)
merged = [*range(3), *"ab", *[9]]
print(merged, {**{"a": 1}, **{"b": 2, "a": 3}}, (*merged[:2],))
x = y = z = 0
x += 1
print(x, y, z)
m, n = n, m = 5, 6
print(m, n)
values = [10, 20]
i = 0
i, values[i] = 1, 99
print(i, values)
