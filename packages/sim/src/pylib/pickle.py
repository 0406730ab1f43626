"""Create portable serialized representations of Python objects.

CPython's Lib/pickle.py is a pure-Python pickler that defers to the C accelerator _pickle when it
is there, as it always is; this module is just that accelerator's interface (see NATIVES.md).
Pickler/Unpickler classes and file-based dump/load are not provided.
"""

from _pickle import PickleError, PicklingError, UnpicklingError, dumps, loads

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "dumps", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
