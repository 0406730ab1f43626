import threading
import time
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, ThreadPoolExecutor, as_completed, wait


def square(x):
    time.sleep(0.2 * (4 - x))  # wide gaps: the completion order must survive a loaded machine
    return x * x


def who(_):
    time.sleep(0.05)
    return threading.current_thread().name


with ThreadPoolExecutor() as pool:
    print("max_workers:", pool._max_workers)
    print(list(pool.map(square, range(4))))
    print(sorted(set(pool.map(who, range(4)))))
    futures = [pool.submit(square, x) for x in range(4)]
    print([f.result() for f in as_completed(futures)])
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))

pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="io")
slow = pool.submit(time.sleep, 0.5)
fast = pool.submit(square, 3)
result = wait([slow, fast], return_when=FIRST_COMPLETED)
print(result.done == {fast}, result.not_done == {slow}, type(result).__name__)
print(fast.done(), fast.result(), fast.exception(), fast.cancelled())
queued = [pool.submit(time.sleep, 0.05) for _ in range(3)]
print("cancel queued:", queued[-1].cancel(), queued[-1].cancelled(), "cancel running:", slow.cancel())
fast.add_done_callback(lambda f: print("callback now:", f.result()))
queued[0].add_done_callback(lambda f: print("callback later:", f.done()))
pool.shutdown(wait=True)
print(sorted(t.name for t in pool._threads))
try:
    pool.submit(square, 1)
except RuntimeError as error:
    print(error)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as error:
    print(error)
