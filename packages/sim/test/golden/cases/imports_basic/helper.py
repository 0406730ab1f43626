print("helper imported as", __name__)
CONSTANT = 10
_calls = 0


def greet(name):
    global _calls
    _calls += 1
    return f"hello {name}"


def calls():
    return _calls


class Counter:
    def __init__(self):
        self.value = 0

    def bump(self):
        self.value += 1
