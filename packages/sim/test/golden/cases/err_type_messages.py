def connect(host, port=80):
    return f"{host}:{port}"


checks = [
    lambda: {[1, 2]: "list key"},
    lambda: sorted([3, "a", 1]),
    lambda: connect("h", prot=1),
    lambda: connect(),
    lambda: len(5),
    lambda: "abc"[1] + 1,
    lambda: None.attribute,
    lambda: (1, 2)[0:1] * "x",
    lambda: int(None),
    lambda: [1, 2].index(9),
    lambda: {"a": 1}.pop("b"),
    lambda: iter(3),
    lambda: next(iter([])),
    lambda: "x" * 2.5,
    lambda: -"a",
    lambda: float("abc"),
]
for check in checks:
    try:
        check()
    except Exception as error:
        print(f"{type(error).__name__}: {error}")
connect("h", prot=1)
