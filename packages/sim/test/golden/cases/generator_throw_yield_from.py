# throw() and close() reach a generator paused in `yield from` through its delegate (PEP 380).


def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
    finally:
        print("inner finally")
    yield 99
    try:
        yield 100
    finally:
        print("inner finally")


def outer():
    yield from inner()
    print("never")


g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
print("closed")
g.close()

g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)


def returns_on_throw():
    try:
        yield "a"
    except ValueError:
        return "handled"


def middle():
    result = yield from returns_on_throw()
    print("middle got", result)
    yield "after"


def top():
    yield from middle()
    yield "top end"


g = top()
print(next(g))
print(g.throw(ValueError))
print(list(g))


def catches_in_delegator():
    try:
        yield from inner()
    except KeyError as e:
        print("delegator caught", repr(e))
    yield "recovered"


g = catches_in_delegator()
next(g)
print(g.throw(KeyError, "x"))


class Plain:
    """An iterator without throw() or close(): the delegator sees the exception itself."""

    def __iter__(self):
        return self

    def __next__(self):
        return "plain"


class Closable(Plain):
    def throw(self, exc):
        print("Closable.throw", type(exc).__name__)
        return "thrown back"

    def close(self):
        print("Closable.close")


def over(it):
    try:
        yield from it
    except RuntimeError as e:
        print("over caught", e)
    finally:
        print("over finally")
    try:
        yield "over"
    finally:
        print("over finally")


g = over(Plain())
next(g)
print(g.throw(RuntimeError("direct")))
g.close()
g = over(Closable())
next(g)
print(g.throw(RuntimeError("passed")))
g.close()


def bad_close():
    try:
        yield 1
    finally:
        raise OSError("close failed")


def wraps_bad():
    try:
        yield from bad_close()
    except OSError as e:
        print("wrapper saw", e)
        raise


g = wraps_bad()
next(g)
try:
    g.close()
except OSError as e:
    print("close raised", e)


def leaf():
    yield 1
    raise IndexError("from leaf")


def branch():
    yield from leaf()


g = branch()
next(g)
g.throw(ZeroDivisionError("uncaught"))
