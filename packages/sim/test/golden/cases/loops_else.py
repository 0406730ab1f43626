for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("never: loop broke")
while False:
    pass
else:
    print("while-else runs when the condition is false")
for ch in "":
    print("never")
else:
    print("empty for-else")
for i in range(3):
    pass
print("i after loop:", i)
