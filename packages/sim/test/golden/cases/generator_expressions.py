def source():
    for i in range(4):
        print("produce", i)
        yield i

doubled = (x * 2 for x in source())
print("nothing yet")
for d in doubled:
    print("consume", d)
print(sum(x for x in range(10) if x % 2), any(x > 2 for x in [1, 2, 3]), all(x for x in []))
gen = (c for c in "ab")
print(list(gen), list(gen))
pairs = ((i, i * i) for i in range(3))
print(dict(pairs))
print(sorted((-x for x in [3, 1, 2])), tuple(str(i) for i in range(3)))
