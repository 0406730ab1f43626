# Instances of built-in types without a __dict__ take no new attributes; messages name C types
# of other modules with their module (tp_name), as CPython does.
import collections
import threading

for obj in (object(), threading.Lock(), threading.RLock(), collections.deque()):
    try:
        obj.colour
    except AttributeError as error:
        print("get:", error)
    try:
        obj.colour = "red"
    except AttributeError as error:
        print("set:", error)
    try:
        del obj.colour
    except AttributeError as error:
        print("del:", error)
    print("has __dict__:", hasattr(obj, "__dict__"))


class Tagged:
    pass


tagged = Tagged()
tagged.colour = "red"
print("a user class's instance:", tagged.colour, tagged.__dict__)
threading.Lock().release_all()
