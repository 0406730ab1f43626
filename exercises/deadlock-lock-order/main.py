import threading

first = threading.Lock()
second = threading.Lock()


def forward():
    with first:
        with second:
            print("forward done")


def backward():
    with second:
        with first:
            print("backward done")


a = threading.Thread(target=forward)
b = threading.Thread(target=backward)
a.start()
b.start()
a.join()
b.join()
