# Subclasses of int, str and float: extra methods and attributes, __new__ overrides, and arithmetic
# that returns the base type unless the subclass defines the operator.


class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)})"


c = Celsius(21.5)
print(c, repr(c), c.fahrenheit(), type(c + 1).__name__, type(-c).__name__, isinstance(c, float))
print(c == 21.5, c > 20, sorted([Celsius(3), 1.5, Celsius(2)]), float(c), type(float(c)).__name__)
print(f"{c:.2f}|{c}|{c!r}", round(c), int(c), c.is_integer(), bool(Celsius(0)))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
n.born = 1815
print(n, repr(n), n.shout(), type(n + "x").__name__, type(n.upper()).__name__, len(n), n.born)
print(n == "ada", n < "bob", "d" in n, n[0], n[::-1], list(n), n * 2, f"[{n:>5}]", str(n), type(str(n)).__name__)
ages = {n: 36}
print(ages["ada"], ages[Name("ada")], "ada" in ages, hash(n) == hash("ada"), sorted([Name("b"), "a", Name("c")]))
print(isinstance(n, str), issubclass(Name, str), type(n).__name__, Name.__mro__[1].__name__, n.startswith("a"))


class Even(int):
    def __new__(cls, value):
        return super().__new__(cls, value - value % 2)

    def half(self):
        return Even(self // 2)


e = Even(7)
print(e, type(e).__name__, e + 1, type(e * 2).__name__, e.half(), type(e.half()).__name__, e.bit_length())
print(e == 6, e < 7, -e, abs(Even(-3)), int(e), type(int(e)).__name__, [10, 20, 30][Even(2) // 2], bool(Even(1)))
print(str(e), f"{e:04d}", f"{e}", format(e, "x"), {e: "six"}[6], sum([Even(2), Even(4)]), max(Even(3), 1))


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    def __str__(self):
        return f"${int(self)}"


wallet = Money(5) + 7
print(wallet, type(wallet).__name__, type(wallet - 1).__name__, 3 + Money(4), type(3 + Money(4)).__name__)


class Tag(str):
    def __new__(cls, text, level=1):
        tag = super().__new__(cls, text.lower())
        tag.level = level
        return tag

    def __eq__(self, other):
        return str(self) == str(other).lower()

    __hash__ = str.__hash__


t = Tag("Python", level=3)
print(t, t.level, t == "PYTHON", t != "java", {t: 1}.get("python"), Tag("X") in ["x"])
try:
    int(Name("seven"))
except ValueError as error:
    print("ValueError:", error)
Even(Name("8"))
