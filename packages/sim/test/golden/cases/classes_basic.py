class Account:
    fee = 2
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"{self.owner}: {self.balance}"

a = Account("ada", 10)
b = Account("bob")
a.deposit(5).deposit(1)
print(a, repr(b), [a, b], Account.count, a.fee)
b.fee = 0
print(a.fee, b.fee, Account.fee, "fee" in vars(b), vars(a))
print(type(a).__name__, isinstance(a, Account), Account.__name__, hasattr(a, "owner"), getattr(a, "nope", "-"))
setattr(a, "owner", "ADA")
print(a.owner, a.deposit.__name__)
method = b.deposit
method(7)
print(b)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, type(e).__name__)
