def stop():
    raise StopIteration


def check():
    raise NotImplementedError


try:
    stop()
except StopIteration as e:
    print("caught", repr(e))
check()
