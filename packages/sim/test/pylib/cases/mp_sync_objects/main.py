import multiprocessing


def waiter(event, barrier, cond, box, jq):
    event.wait()
    index = barrier.wait()
    with cond:
        box.value += 1
        cond.notify_all()
    while (item := jq.get()) is not None:
        jq.task_done()
    jq.task_done()
    return index


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    event = ctx.Event()
    barrier = ctx.Barrier(3)
    cond = ctx.Condition()
    box = ctx.Value("i", 0)
    jq = ctx.JoinableQueue()
    workers = [ctx.Process(target=waiter, args=(event, barrier, cond, box, jq)) for _ in range(2)]
    for w in workers:
        w.start()
    print("event set:", event.is_set(), event.wait(0.01))
    event.set()
    print("event set:", event.is_set())
    barrier.wait(timeout=10)
    with cond:
        print("both counted:", cond.wait_for(lambda: box.value == 2, timeout=10))
    for item in range(6):
        jq.put(item)
    for _ in workers:
        jq.put(None)
    jq.join()
    print("joined queue")
    for w in workers:
        w.join()
    print([w.exitcode for w in workers], barrier.parties, barrier.broken)
    event.clear()
    print(event.is_set(), repr(event).split()[-1])
    try:
        jq.task_done()
    except ValueError as error:
        print(error)
    with cond:
        print(cond.wait(0.01))
    cond.notify()
