import sys

def fail(reason):
    print("about to fail")
    sys.exit(f"fatal: {reason}")

try:
    pass
finally:
    print("finally before exit")
fail("bad config")
