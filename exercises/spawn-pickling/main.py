import multiprocessing

START_METHOD = "spawn"


def main():
    results = []

    def work():  # a nested function: it cannot be pickled
        results.append(1)

    ctx = multiprocessing.get_context(START_METHOD)
    p = ctx.Process(target=work)
    try:
        p.start()
        p.join()
        print("started; exit code:", p.exitcode)
    except Exception as error:
        print("could not start:", type(error).__name__)
    print("parent's results:", results)


if __name__ == "__main__":
    main()
