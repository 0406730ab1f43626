def work(n):
    return [i * i for i in range(n)]


if __name__ == "__main__":
    print("this only runs when tasks.py is the main module")
else:
    print("tasks imported, __name__ =", __name__)
