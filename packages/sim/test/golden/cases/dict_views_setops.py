a = {"x": 1, "y": 2, "z": 3}
b = {"y": 5, "w": 6}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.keys() & {"x", "q"}), sorted({"x", "q"} - a.keys()), sorted(a.items() & {("x", 1)}), sorted(a.keys() - ["x"]))
