xs = [1]
alias = xs
xs += [2]
print(xs, alias, xs is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 7
n += 3; n -= 1; n *= 2; n /= 3
print(n)
m = 17
m //= 4; m %= 3; m **= 5; m <<= 2; m >>= 1; m |= 8; m &= 12; m ^= 5
print(m)
d = {"k": 1}
d["k"] += 10
obj_list = [[0]]
obj_list[0][0] -= 5
print(d, obj_list)
class C:
    total = 0
c = C()
c.total += 5
print(c.total, C.total)
