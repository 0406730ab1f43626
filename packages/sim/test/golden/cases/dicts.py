d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, 10 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", None), d)
print(d.setdefault("e", 5), d.setdefault("a", 99), d)
d.update({"f": 6}, g=7)
d.update([("h", 8)])
print(d)
del d["c"]
print(d, {k: v for k, v in d.items() if v > 5})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print(dict.fromkeys("ab", 0), {1: "int", 1.0: "float", True: "bool"})
nested = {"x": {"y": [1, 2]}, (1, 2): "tuple key"}
print(nested, nested["x"]["y"][1], nested[(1, 2)])
print({**d, "a": 0}, d == dict(d), d.copy() is d, d.popitem(), d)
