import os

read_end, write_end = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(write_end)
    request = os.read(read_end, 100)
    print("child read:", request.decode(), flush=True)
    os._exit(0)
os.close(read_end)
os.write(write_end, b"work")
os.close(write_end)
os.waitpid(pid, 0)
print("parent wrote and waited")
