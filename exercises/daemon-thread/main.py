import threading
import time

DAEMON = True


def heartbeat():
    for _ in range(5):
        time.sleep(0.1)


t = threading.Thread(target=heartbeat, daemon=DAEMON)
t.start()
time.sleep(0.15)
print("main done")
