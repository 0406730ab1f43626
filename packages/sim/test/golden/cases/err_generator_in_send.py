def inner():
    yield 1
    raise KeyError("missing")


def outer():
    got = yield from inner()
    return got


for value in outer():
    print("value", value)
