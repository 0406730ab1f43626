import multiprocessing, os
from multiprocessing.pool import ThreadPool

def square(x):
    return x * x

def child(q, v, arr, lock):
    with lock:
        v.value += 1
    arr[0] = 7
    q.put(("hi", multiprocessing.current_process().name))

if __name__ == "__main__":
    with ThreadPool(3) as tp:
        print(tp.map(square, range(5)), tp.apply(square, (9,)))
        print(sorted(tp.imap_unordered(square, range(4))), list(tp.imap(square, range(4))))
    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    v = ctx.Value("i", 0)
    arr = ctx.Array("d", 3)
    lock = ctx.Lock()
    ps = [ctx.Process(target=child, args=(q, v, arr, lock)) for _ in range(2)]
    for p in ps: p.start()
    print(sorted(q.get() for _ in ps))
    for p in ps: p.join()
    print(v.value, arr[:], [p.exitcode for p in ps], [p.name for p in ps], v)
    with ctx.Pool(2) as pool:
        print([p.name for p in pool._pool], pool)
        print(pool.map(square, range(6)), pool.starmap(pow, [(2, 3), (3, 2)]))
        r = pool.apply_async(square, (4,))
        print(r.get(timeout=5), r.ready(), r.successful())
    pool = ctx.Pool(3)
    print(pool.apply(square, (5,)), sorted(pool.imap_unordered(square, range(3))))
    pool.close()
    try:
        pool.apply(square, (1,))
    except ValueError as error:
        print(error)
    pool.join()
    print([p.exitcode for p in pool._pool], pool)
    a, b = multiprocessing.Pipe()
    a.send({"x": 1}); print(b.recv(), b.poll(), a.poll(0.01))
    print(multiprocessing.cpu_count() == os.cpu_count(), multiprocessing.get_start_method())
