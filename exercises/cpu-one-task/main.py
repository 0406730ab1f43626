N = 200_000


def countdown(n):
    while n > 0:
        n -= 1


countdown(N)
print("counted down from", N)
