import os

MESSAGE = "hello"

read_end, write_end = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(read_end)
    os.write(write_end, MESSAGE.encode())
    os.close(write_end)
    os._exit(0)
os.close(write_end)
data = os.read(read_end, 1024)
os.close(read_end)
os.waitpid(pid, 0)
print("parent got:", data.decode())
