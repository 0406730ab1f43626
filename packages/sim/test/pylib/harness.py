"""Runs a program on CPython with Interleave's pylib in place of the standard library's modules.

usage: python3 -E -s -S harness.py PYLIB_DIR MAIN_FILE            run MAIN_FILE as __main__
       python3 -E -s -S harness.py PYLIB_DIR MAIN_FILE --spawn MODULE FUNCTION JSON_ARGS
                                                                   a spawned child (_interleave.spawn)

The natives of NATIVES.md are CPython's own modules, plus the _interleave shim next to this file.
Modules that the natives' implementations need are imported before the pylib modules replace the
standard library's, so they keep the real ones.
"""

import sys

sys.dont_write_bytecode = True  # no __pycache__ next to the pylib sources

import builtins
import importlib
import importlib.util
import json
import os
import types

import atexit, linecache, pickle, random, select, signal, traceback  # noqa: E401,F401 (kept real)
import _multiprocessing  # noqa: F401
from multiprocessing import sharedctypes  # noqa: F401 (the shim's SharedArray)

sys.modules["__harness__"] = sys.modules[__name__]

PYLIB = os.path.abspath(sys.argv[1])
MAIN = sys.argv[2]


def pylib_modules():
    """Module name -> (file, is_package) for every .py under PYLIB."""
    found = {}
    for folder, _dirs, files in os.walk(PYLIB):
        for file in files:
            if not file.endswith(".py"):
                continue
            parts = os.path.relpath(os.path.join(folder, file), PYLIB)[:-3].split(os.sep)
            package = parts[-1] == "__init__"
            name = ".".join(parts[:-1] if package else parts)
            found[name] = (os.path.join(folder, file), package)
    return found


MODULES = pylib_modules()


class PylibFinder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name not in MODULES:
            return None
        file, package = MODULES[name]
        locations = [os.path.dirname(file)] if package else None
        return importlib.util.spec_from_file_location(name, file, submodule_search_locations=locations)


def install():
    tops = {name.split(".")[0] for name in MODULES}
    for name in list(sys.modules):
        if name.split(".")[0] in tops:
            del sys.modules[name]
    sys.meta_path.insert(0, PylibFinder)
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "shim"))
    sys.path.insert(1, os.getcwd())


def run_main(run_name):
    """Runs MAIN as a fresh module named run_name (the _interleave.run_main native)."""
    module = types.ModuleType(run_name)
    module.__file__ = MAIN
    module.__builtins__ = builtins
    sys.modules[run_name] = module
    with open(MAIN, encoding="utf8") as source:
        code = compile(source.read(), MAIN, "exec")
    exec(code, module.__dict__)
    return module


def main():
    spawn = sys.argv[3:]
    install()
    sys.argv = [MAIN]
    if not spawn:
        run_main("__main__")
        return
    _flag, module, function, args = spawn
    getattr(importlib.import_module(module), function)(*json.loads(args))


main()
