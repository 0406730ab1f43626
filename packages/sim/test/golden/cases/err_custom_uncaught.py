class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")


def pay(amount):
    raise InsufficientFunds(amount - 10)


print("paying")
pay(25)
