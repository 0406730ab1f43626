#
# Module which supports allocation of ctypes objects from shared memory
#
# Interleave's version of CPython 3.11's Lib/multiprocessing/sharedctypes.py. CPython allocates
# ctypes objects in an mmap'd arena; here the storage is the _interleave.SharedArray native
# (shared by forked children, not copied), and a raw value is a one-element array behind a
# `value` property. Typecodes only (no ctypes types); reprs name the ctypes type as CPython's do.
#

import _interleave

from . import get_context
from .context import assert_spawning

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']

typecode_to_type = {
    'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort',
    'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_long', 'Q': 'c_ulong',
    'f': 'c_float', 'd': 'c_double',
}


def _check_typecode(typecode):
    if typecode not in typecode_to_type:
        raise TypeError('only typecodes are supported: %r' % (typecode,))


class _RawValue(object):
    '''What CPython's RawValue returns: a ctypes scalar with a `value` attribute.'''

    def __init__(self, typecode, storage):
        self._type_ = typecode
        self._storage = storage

    @property
    def value(self):
        return self._storage[0]

    @value.setter
    def value(self, value):
        self._storage[0] = value

    def __repr__(self):
        return '%s(%r)' % (typecode_to_type[self._type_], self.value)


def RawValue(typecode_or_type, *args):
    '''Returns a ctypes object allocated from shared memory'''
    _check_typecode(typecode_or_type)
    storage = _interleave.SharedArray(typecode_or_type, 1)
    if args:
        storage[0] = args[0]
    return _RawValue(typecode_or_type, storage)


def RawArray(typecode_or_type, size_or_initializer):
    '''Returns a ctypes array allocated from shared memory'''
    _check_typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _interleave.SharedArray(typecode_or_type, size_or_initializer)
    values = list(size_or_initializer)
    result = _interleave.SharedArray(typecode_or_type, len(values))
    result[:] = values
    return result


def Value(typecode_or_type, *args, lock=True, ctx=None):
    '''Return a synchronization wrapper for a Value'''
    return _synchronized(RawValue(typecode_or_type, *args), lock, ctx, Synchronized)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    '''Return a synchronization wrapper for a RawArray'''
    return _synchronized(RawArray(typecode_or_type, size_or_initializer), lock, ctx,
                         SynchronizedArray)


def _synchronized(obj, lock, ctx, wrapper):
    # The lock argument of Value and Array: False for the raw object, True/None for a new RLock.
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return wrapper(obj, lock)


class SynchronizedBase(object):

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or get_context()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        assert_spawning(self)
        return type(self), (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    # Each access of `value` takes the lock, so `v.value += 1` is two locked steps with a
    # window between them: the race CPython programs show.

    @property
    def value(self):
        with self:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value

