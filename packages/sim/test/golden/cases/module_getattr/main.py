import lazy
from lazy import Lazy
print(lazy.VALUE, lazy.Lazy, Lazy)
try:
    lazy.other
except AttributeError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from lazy import other
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
