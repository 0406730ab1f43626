def numbers():
    yield 1
    raise StopIteration("inside generator")


print(next(numbers()))
print(list(numbers()))
