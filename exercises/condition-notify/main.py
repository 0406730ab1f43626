import threading

ITEMS = 2

items = []
changed = threading.Condition()


def consumer():
    for _ in range(ITEMS):
        with changed:
            while not items:  # always re-check: a wake-up is only a hint
                changed.wait()
            print("got", items.pop(0))


def producer():
    for i in range(ITEMS):
        with changed:
            items.append(i)
            changed.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
