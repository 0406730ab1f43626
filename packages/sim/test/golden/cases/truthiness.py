values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), {}, {"k": 0}, None, True, False, set(), range(0)]
print([bool(v) for v in values])
print(0 or "fallback", "" or [] or None, 1 and "second", 0 and 1 / 0, None or 0)
print(not 0, not [1], not None, 3 and 4 or 5, 0 and 4 or 5)
name = ""
print(name or "anonymous", len(name) > 0 and name[0])
x = [1, 2]
if x:
    print("non-empty list is truthy")
if not {}:
    print("empty dict is falsy")
print(1 if [] else 2, "yes" if "0" else "no")
