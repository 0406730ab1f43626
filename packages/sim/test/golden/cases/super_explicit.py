class A:
    def hello(self):
        return "A"
    @classmethod
    def make(cls):
        return cls.__name__
class B(A):
    def hello(self):
        return "B" + super(B, self).hello()
    @classmethod
    def make(cls):
        return "B:" + super(B, cls).make()
print(B().hello(), B.make())
def f():
    "doc of f"
print(f.__doc__, (lambda: 1).__doc__)
f.__doc__ = "new"
print(f.__doc__)
try:
    super(B, 3)
except TypeError as e:
    print(e)
