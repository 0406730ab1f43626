import multiprocessing
import os
import sys
import time


def fail():
    raise ValueError("child failed")


def leave(code):
    sys.exit(code)


def sleepy():
    time.sleep(10)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    p = ctx.Process(target=fail)
    print(repr(p).replace(str(os.getpid()), "PID"), p.exitcode, p.is_alive())
    p.start()
    p.join()
    print(p.exitcode, p.is_alive())
    for code in (3, None, "message"):
        p = ctx.Process(target=leave, args=(code,), name="leaver")
        p.start()
        p.join()
        print(p.name, p.exitcode)
    p = ctx.Process(target=sleepy, daemon=True)
    p.start()
    p.join(0.05)
    print("alive:", p.is_alive(), p.exitcode, p.daemon)
    p.terminate()
    p.join()
    print("terminated:", p.exitcode, repr(p).split()[-2:])
    try:
        p.start()
    except AssertionError as error:
        print("assert:", error)
    try:
        ctx.Process(target=fail).join()
    except AssertionError as error:
        print("assert:", error)
    print(multiprocessing.current_process().name, multiprocessing.active_children())
