import os

CHUNKS = 3

read_end, write_end = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(read_end)
    for i in range(CHUNKS):
        os.write(write_end, b"ab")
    os.close(write_end)
    os._exit(0)
os.close(write_end)
received = b""
while True:
    chunk = os.read(read_end, 100)
    if not chunk:  # b"": every write end is closed — end of file
        break
    received += chunk
os.close(read_end)
os.waitpid(pid, 0)
print("bytes received:", len(received))
