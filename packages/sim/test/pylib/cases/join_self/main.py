import threading


def work():
    try:
        threading.current_thread().join()
    except RuntimeError as error:
        print("error:", error)


t = threading.Thread(target=work)
t.start()
t.join()
try:
    t.daemon = True
except RuntimeError as error:
    print("error:", error)
threading.main_thread().join()
