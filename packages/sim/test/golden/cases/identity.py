a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
def f():
    pass
print(f() is None, type(a) is list, type(True) is bool, isinstance(True, int))
x = None
print(x is None, x == None, [] is [], () == ())
