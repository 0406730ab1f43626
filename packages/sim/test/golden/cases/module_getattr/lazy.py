VALUE = 1
def __getattr__(name):
    if name == "Lazy":
        return "made lazily"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
