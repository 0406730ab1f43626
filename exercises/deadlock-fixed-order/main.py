import threading

first = threading.Lock()
second = threading.Lock()


def forward():
    with first:
        with second:
            print("forward done")


def backward():
    with first:  # the same order as forward: first, then second
        with second:
            print("backward done")


a = threading.Thread(target=forward)
b = threading.Thread(target=backward)
a.start()
b.start()
a.join()
b.join()
