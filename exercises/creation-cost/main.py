import multiprocessing
import threading

USE_PROCESSES = False
WORKERS = 8


def task():
    pass


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    for _ in range(WORKERS):
        w = ctx.Process(target=task) if USE_PROCESSES else threading.Thread(target=task)
        w.start()
        w.join()
    print("done")
