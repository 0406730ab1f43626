// Python programs for the explore tests and the explore benchmark.

/** `threads` threads each adding 1 to a global `times` times; `statement` is the update. */
export function racingIncrements(threads: number, times: number, statement = "counter += 1"): string {
  return `import threading

counter = 0


def bump():
    global counter
    for _ in range(${times}):
        ${statement}


workers = [threading.Thread(target=bump) for _ in range(${threads})]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(counter)
`;
}

/** Two locks taken in opposite orders. */
export const LOCK_ORDER_INVERSION = `import threading

first = threading.Lock()
second = threading.Lock()


def forward():
    with first:
        with second:
            print("forward done")


def backward():
    with second:
        with first:
            print("backward done")


a = threading.Thread(target=forward)
b = threading.Thread(target=backward)
a.start()
b.start()
a.join()
b.join()
`;

/** `n` philosophers, each taking the fork on the left, then the one on the right. */
export function diningPhilosophers(n: number): string {
  return `import threading

forks = [threading.Lock() for _ in range(${n})]


def dine(i):
    with forks[i]:
        with forks[(i + 1) % ${n}]:
            print("ate", i)


diners = [threading.Thread(target=dine, args=(i,)) for i in range(${n})]
for d in diners:
    d.start()
for d in diners:
    d.join()
`;
}

/** `children` processes forked by multiprocessing, each writing the square of its index into its slot of a shared array. */
export function forkedChildrenFillingArray(children: number): string {
  return `import multiprocessing


def fill(slots, index):
    slots[index] = index * index


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    slots = ctx.Array("i", ${children})
    workers = [ctx.Process(target=fill, args=(slots, i)) for i in range(${children})]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(list(slots))
`;
}
