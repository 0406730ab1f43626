import os

read_end, write_end = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(read_end)
    os.write(write_end, b"data")
    os.close(write_end)
    os._exit(0)
# The parent forgets os.close(write_end) here.
received = b""
while True:
    chunk = os.read(read_end, 100)
    if not chunk:
        break
    received += chunk
os.waitpid(pid, 0)
print("received", received)
