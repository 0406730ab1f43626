import time
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor, TimeoutError, as_completed


def fail(x):
    raise ValueError(f"bad {x}")


def broken_callback(future):
    raise KeyError("callback")


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(fail, 1)
    print(repr(future.exception()))
    print(future.done(), future.running())
    slow = pool.submit(time.sleep, 0.2)
    try:
        slow.result(timeout=0.01)
    except TimeoutError as error:
        print("timeout", repr(error))
    try:
        list(as_completed([slow], timeout=0.01))
    except TimeoutError as error:
        print("as_completed:", error)
    waiting = pool.submit(print, "never")
    waiting.cancel()
    try:
        waiting.result()
    except CancelledError:
        print("cancelled")
    done = pool.submit(print, "ran")
    done.result()
    done.add_done_callback(broken_callback)

f = Future()
f.set_result(1)
try:
    f.set_result(2)
except Exception as error:
    print(type(error).__name__)
with ThreadPoolExecutor() as pool:
    for result in pool.map(fail, [1, 2]):
        print(result)
