def returns_in_finally():
    try:
        return "from try"
    finally:
        print("finally runs before return")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def loop_control():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return "loop done"

def swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

print(returns_in_finally())
print(finally_overrides())
print(loop_control())
print(swallowed())
def nested():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            print("inner handler")
            raise IndexError("from handler")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer handler:", e)
    finally:
        print("outer finally")
nested()
