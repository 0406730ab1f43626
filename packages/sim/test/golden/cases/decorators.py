def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


@logged
def add(a, b=0):
    return a + b


@repeat(3)
def shout(word):
    return word.upper()


add(1, b=2)
print(shout("hi"), add.__name__)
calls = []
def register(func):
    calls.append(func.__name__)
    return func
@register
def first():
    pass
@register
def second():
    pass
print(calls)
