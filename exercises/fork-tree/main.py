import os

FORKS = 2

for _ in range(FORKS):
    os.fork()  # parent and child both carry on with the loop
print("hello", flush=True)
