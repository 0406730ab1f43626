def attempt(action):
    try:
        print("try", action)
        if action == "value":
            raise ValueError("bad value", 42)
        if action == "key":
            {}["missing"]
        if action == "zero":
            1 / 0
    except ValueError as e:
        print("ValueError:", e, e.args)
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e, repr(e))
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("finally", action)

for action in ["ok", "value", "key", "zero"]:
    attempt(action)

try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("caught", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "", isinstance(e, Exception))
try:
    [1][5]
except LookupError as e:
    print("base class caught:", e)
def reraiser():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer got:", e)
