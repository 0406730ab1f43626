class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key


class Invalid(AppError):
    def __str__(self):
        return "invalid!"


def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise NotFound(key) from e


try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, type(e.__cause__).__name__, e.__cause__)

try:
    raise Invalid("ignored message")
except AppError as e:
    print(e, repr(e), e.args)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(e, "| context:", type(e.__context__).__name__, "| cause:", e.__cause__)

try:
    raise NotFound("y") from None
except NotFound as e:
    print(e, e.__cause__, e.__suppress_context__)
print(issubclass(NotFound, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
