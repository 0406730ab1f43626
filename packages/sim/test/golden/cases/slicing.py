xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:2:-2], xs[100:], xs[-100:2])
s = "abcdefgh"
print(s[1:4], s[::2], s[::-1], s[-2:], s[5:1], s[:], s[1:-1:3])
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-2], t[:0])
xs[2:5] = []
print(xs)
xs[:0] = [-2, -1]
print(xs)
del xs[::2]
print(xs)
xs[1:2] = "ab"
print(xs)
r = range(0, 20, 2)
print(r[2:5], r[::-1], list(r[1::3]), r[-1])
