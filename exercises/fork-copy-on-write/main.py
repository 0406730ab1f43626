import os

CHILD_ADDS = 10

data = [1, 2, 3]
total = 0

pid = os.fork()
if pid == 0:
    data.append(CHILD_ADDS)
    total = sum(data)
    print("child:", data, total, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent:", data, total)
