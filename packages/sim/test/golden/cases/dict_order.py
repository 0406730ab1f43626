d = {}
for key in ["zeta", "alpha", "mid"]:
    d[key] = len(key)
print(d)
d["alpha"] = 0
print(d)
del d["zeta"]
d["zeta"] = 9
print(d, list(d))
for k in d:
    print(k, d[k])
print(list(reversed(d)), list(reversed(list(d.values()))))
