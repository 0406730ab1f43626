def total(*values, scale=1, **extra):
    return sum(values) * scale, sorted(extra.items())

print(total(), total(1, 2, 3), total(1, 2, scale=10, note="x", tag="y"))

def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(describe(1, c=3))
print(describe(1, 2, 3, 4, c=5, d=6, e=7))
nums = [1, 2, 3]
opts = {"c": 9, "z": 0}
print(describe(*nums, **opts))

def positional_only(a, b, /, c):
    return a + b + c

print(positional_only(1, 2, c=3), positional_only(1, 2, 3))

def kw_only(*, key):
    return key

print(kw_only(key="k"), max(*nums), print(*nums, sep="-"))
