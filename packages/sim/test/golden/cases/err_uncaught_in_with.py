class Guard:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__)
        return False


def work(items):
    with Guard():
        return items["missing"]


work({})
