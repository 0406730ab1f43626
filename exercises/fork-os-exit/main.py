import os
import sys

FLUSH = False

pid = os.fork()
if pid == 0:
    print("child says hello")
    if FLUSH:
        sys.stdout.flush()
    os._exit(0)  # leaves at once: no cleanup, no flushing of buffers
os.waitpid(pid, 0)
print("parent done")
