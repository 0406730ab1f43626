import threading
from concurrent.futures import ThreadPoolExecutor

first = ThreadPoolExecutor(max_workers=1)
second = ThreadPoolExecutor(max_workers=1)
print(second.submit(lambda: threading.current_thread().name).result())
print(first.submit(lambda: threading.current_thread().name).result())
t = threading.Thread(target=print)
print(t.name)
print("exit without shutdown")
