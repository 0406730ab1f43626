import os

pid = os.fork()
if pid == 0:
    print("child: fork returned 0")
    os._exit(0)
os.waitpid(pid, 0)
print("parent: fork returned the child's pid:", pid > 0)
