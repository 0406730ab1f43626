t = (1, "two", 3.0)
print(t, t[1], t[-1], len(t), t + (4,), t * 2, (1,), (), tuple())
a, b, c = t
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3), 2 in t, (1, 2) < (1, 3))
point = 3, 4
print(point, type(point).__name__, isinstance(point, tuple))
print(tuple(i * i for i in range(4)), tuple("ab"), (1, (2, (3,))))
