import threading

VISITS = 2

state = threading.local()


def visit():
    for _ in range(VISITS):
        state.visits = getattr(state, "visits", 0) + 1
    print("mine:", state.visits)


threads = [threading.Thread(target=visit) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main has visits:", hasattr(state, "visits"))
