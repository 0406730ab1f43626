import multiprocessing
import queue


def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)


def echo(conn):
    while (message := conn.recv()) != "stop":
        conn.send(message.upper())
    conn.close()


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue(maxsize=3)
    p = ctx.Process(target=producer, args=(q, 5))
    p.start()
    items = []
    while (item := q.get(timeout=5)) is not None:
        items.append(item)
    p.join()
    print(items, q.empty())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("empty now")
    small = ctx.Queue(1)
    small.put("x")
    try:
        small.put("y", timeout=0.02)
    except queue.Full:
        print("full", small.full(), small.qsize())
    parent, child = ctx.Pipe()
    p = ctx.Process(target=echo, args=(child,))
    p.start()
    for word in ["ping", "pong"]:
        parent.send(word)
        print(parent.recv())
    parent.send("stop")
    p.join()
    reader, writer = ctx.Pipe(duplex=False)
    writer.send_bytes(b"raw bytes")
    print(reader.recv_bytes(), reader.poll(), reader.readable, reader.writable)
    try:
        reader.send("no")
    except OSError as error:
        print(error)
    writer.close()
    try:
        reader.recv()
    except EOFError:
        print("EOF")
    try:
        writer.send(1)
    except OSError as error:
        print(error)
    q.put(lambda: 1)
    q.close()
    q.join_thread()
    print("after feeder error")
