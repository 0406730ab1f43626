import threading

AMOUNT = 70

balance = 100


def log(message):
    pass  # stands for writing a log line


def withdraw(amount):
    global balance
    if balance >= amount:
        log("approved")
        balance = balance - amount


threads = [threading.Thread(target=withdraw, args=(AMOUNT,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", balance)
