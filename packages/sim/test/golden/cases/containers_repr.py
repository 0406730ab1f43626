nested = {"list": [1, 2.5, "s", None, True], "tuple": (1,), "empty": [(), {}, set(), ""], 3: {"deep": [[[]]]}}
print(nested)
print(repr(nested["list"]), str((1, "a", [2])), [1.0, -0.0, 1e100, float("inf")])
loop = [1, 2]
loop.append(loop)
print(loop)
d = {"self": None}
d["self"] = d
print(d)
print([["a", 'b"c', "d'e"]], {(1, 2): frozenset()}, {1: {2: {3: {}}}})
print(list(), dict(), tuple(), [None] * 3, [[]] * 2)
