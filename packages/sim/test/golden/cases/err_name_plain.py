def report():
    print(undefined_thing)


report()
