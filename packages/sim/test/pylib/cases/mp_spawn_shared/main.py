import multiprocessing


def report(q, lock, conn, n):
    with lock:
        q.put(("worker", n, multiprocessing.current_process().name))
    conn.send(n * 10)


def square(x):
    return x * x


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    lock = ctx.Lock()
    parent, child = ctx.Pipe()
    workers = [ctx.Process(target=report, args=(q, lock, child, n)) for n in range(2)]
    for w in workers:
        w.start()
    print(sorted(q.get(timeout=10) for _ in workers))
    print(sorted(parent.recv() for _ in workers))
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(5)), [p.name for p in pool._pool])
    try:
        q.put(lock)
        q.get(timeout=1)
    except Exception as error:
        print("not spawning:", type(error).__name__)
