// Programs the playground offers to start from: each is real Python that CPython runs unchanged.
import type { SourceFile } from "@interleave/sim";

export interface Example {
  title: string;
  files: SourceFile[];
}

export const EXAMPLES: Example[] = [
  {
    title: "Lost update: count = count + 1 with a call",
    files: [
      {
        name: "main.py",
        text: `import threading

count = 0

def one():
    return 1

def worker():
    global count
    for _ in range(2):
        count = count + one()

threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("count =", count)
`,
      },
    ],
  },
  {
    title: "CPU-bound threads and the GIL",
    files: [
      {
        name: "main.py",
        text: `import threading
import time
from tasks import countdown

start = time.perf_counter()
threads = [threading.Thread(target=countdown, args=(2000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{len(threads)} threads done")
`,
      },
      {
        name: "tasks.py",
        text: `def countdown(n):
    while n > 0:
        n -= 1
`,
      },
    ],
  },
  {
    title: "fork: the child gets a copy",
    files: [
      {
        name: "main.py",
        text: `import os

x = 1
pid = os.fork()
if pid == 0:
    x += 1
    print("child", os.getpid(), "x =", x)
    os._exit(0)
os.waitpid(pid, 0)
print("parent", os.getpid(), "x =", x)
`,
      },
    ],
  },
  {
    title: "Parent and child race to print",
    files: [
      {
        name: "main.py",
        text: `import os

pid = os.fork()
if pid == 0:
    print("child")
    os._exit(0)
print("parent")
os.waitpid(pid, 0)
`,
      },
    ],
  },
  {
    title: "Sleeping threads overlap their waits",
    files: [
      {
        name: "main.py",
        text: `import threading
import time

def io_task(name):
    time.sleep(0.01)
    print(name, "done")

threads = [threading.Thread(target=io_task, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`,
      },
    ],
  },
];
