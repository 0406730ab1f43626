class Account:
    def __init__(self):
        self.balance = 0


acct = Account()
acct.balance += 5
print(acct.balance)
print(acct.balanse)
