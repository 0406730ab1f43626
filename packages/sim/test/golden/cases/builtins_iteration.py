names = ["ada", "bob", "cy"]
ages = [36, 25]
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()))
print(list(enumerate(names)), list(enumerate(names, start=1)))
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(str.isupper, "aBcD")))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list(range(0)))
r = range(3, 30, 4)
print(r, len(r), r[2], 11 in r, 12 in r, r.index(15))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
print(dict(enumerate("ab")), list(zip(*[(1, "a"), (2, "b")])))
