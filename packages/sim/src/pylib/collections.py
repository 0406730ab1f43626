"""collections, trimmed to what the library and exercise programs use.

deque is CPython's C type (_collections.deque, see NATIVES.md): each of its operations is atomic,
which programs sharing a deque between threads rely on.
"""

from _collections import deque

__all__ = ['deque']
