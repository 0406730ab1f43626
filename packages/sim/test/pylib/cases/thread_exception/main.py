import threading


def fail(kind):
    raise kind("went wrong")


def quiet():
    raise SystemExit(3)


for target, args in [(fail, (ValueError,)), (quiet, ())]:
    t = threading.Thread(target=target, args=args)
    t.start()
    t.join()
    print("after", t.name, t.is_alive())


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = hook
t = threading.Thread(target=fail, args=(KeyError,), name="custom")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=fail, args=(OSError,))
t.start()
t.join()
print("main goes on")
