"""The simulator-only natives of NATIVES.md, implemented with CPython's real modules for the tests."""

import os
import sys

HARNESS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "harness.py")


def set_thread_name(ident, name):
    """Only the simulator's reports use thread names."""


def process_bootstrap():
    """The simulator charges a fork-started Process's start-up cost here; CPython just spends it."""


def SharedArray(typecode, length):
    return sys.modules["__harness__"].sharedctypes.RawArray(typecode, length)


def spawn(module, function, args, pass_fds):
    """A fresh python3 running the harness in spawn mode, inheriting pass_fds."""
    harness = sys.modules["__harness__"]
    argv = [sys.executable, "-B", "-E", "-s", "-S", HARNESS, harness.PYLIB, harness.MAIN, "--spawn", module, function,
            harness.json.dumps(list(args))]
    # Exactly pass_fds are inherited, as fork_exec's pass_fds do.
    for fd in pass_fds:
        os.set_inheritable(fd, True)
    try:
        return os.posix_spawn(sys.executable, argv, os.environ)
    finally:
        for fd in pass_fds:
            os.set_inheritable(fd, False)


def run_main(run_name):
    return sys.modules["__harness__"].run_main(run_name)


def randbelow(n):
    """random's integers: CPython's own generator (the harness keeps the real random module)."""
    return sys.modules["__harness__"].random.randrange(n)


def random():
    return sys.modules["__harness__"].random.random()


def seed(a):
    sys.modules["__harness__"].random.seed(a)
