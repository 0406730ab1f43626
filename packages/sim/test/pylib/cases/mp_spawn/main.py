import multiprocessing

print("imported as", __name__)


def greet(who, punctuation="!"):
    print(f"hello {who}{punctuation}", multiprocessing.current_process().name, __name__)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=greet, args=("spawn",), kwargs={"punctuation": "?"})
    p.start()
    p.join()
    print("exit code", p.exitcode, ctx.get_start_method())
    try:
        ctx.Process(target=lambda: None).start()
    except Exception as error:
        print(type(error).__module__, type(error).__name__, str(error).split(" at ")[0])
    ctx.Process(target=print, args=(lambda: 1,)).start()
