print(any([]), all([]), any([0, "", 1]), all([1, "x", [0]]), any(x > 3 for x in range(5)))
print(round(3.14159, 2), round(2.5), round(-0.5), round(15, -1), round(25, -1), round(1.5))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), abs(-7), abs(-2.5), abs(True))
print(isinstance(3, int), isinstance(True, int), isinstance(3.0, int), isinstance("s", (int, str)))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([]), len("abc"), len([1, [2, 3]]))
print(repr("quote'd"), repr([1, "a"]), repr(None), str(42), type(1.0).__name__, type(None).__name__)
print(pow(2, 10), pow(2, 10, 1000), pow(2, -2), max(True, 2), min(0, False))
print(hex(255), bin(5), oct(8), int("0x1f", 16), chr(65) + chr(66))
class Box:
    pass
b = Box()
setattr(b, "size", 3)
print(getattr(b, "size"), getattr(b, "color", "none"), hasattr(b, "size"), hasattr(b, "color"))
print(callable(len), callable(3), type(len).__name__, type(print) is type(len))
