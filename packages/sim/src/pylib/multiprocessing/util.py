#
# Module providing various facilities to other parts of the package
#
# Interleave's trimmed copy of CPython 3.11's Lib/multiprocessing/util.py: finalizers that run at
# exit (Finalize with an exitpriority; the simulator has no garbage collector, so finalizers run
# only by exitpriority or when called), after-fork hooks and the exit function. No logging.
#

import atexit
import os
import sys

from . import process

_afterfork_registry = []
_finalizer_registry = {}
_finalizer_counter = 0
_exiting = False


def register_after_fork(obj, func):
    _afterfork_registry.append((obj, func))


def _run_after_forkers():
    for obj, func in list(_afterfork_registry):
        func(obj)


class Finalize(object):
    '''Class which supports object finalization using a callback.'''

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        global _finalizer_counter
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, _finalizer_counter)
        _finalizer_counter += 1
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        '''Run the callback unless it has already been called or cancelled.'''
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            return None
        if self._pid != os.getpid():
            res = None
        else:
            res = self._callback(*self._args, **self._kwargs)
        self._callback = self._args = self._kwargs = self._key = None
        return res

    def cancel(self):
        '''Cancel finalization of the object.'''
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        '''Return whether this finalizer is still waiting to invoke callback.'''
        return self._key in _finalizer_registry


def _run_finalizers(minpriority=None):
    '''Run all finalizers whose exit priority is not None and at least minpriority.

    Finalizers with highest priority are called first; finalizers with the same priority will be
    called in reverse order of creation.
    '''
    if minpriority is None:
        def f(p):
            return p[0] is not None
    else:
        def f(p):
            return p[0] is not None and p[0] >= minpriority

    keys = [key for key in list(_finalizer_registry) if f(key)]
    keys.sort(reverse=True)

    for key in keys:
        finalizer = _finalizer_registry.get(key)
        # key may have been removed from the registry
        if finalizer is not None:
            try:
                finalizer()
            except Exception:
                import traceback
                traceback.print_exc()

    if minpriority is None:
        _finalizer_registry.clear()


def is_exiting():
    '''Returns true if the process is shutting down.'''
    return _exiting or _exiting is None


def _exit_function():
    # Joins the non-daemonic children and terminates the daemonic ones, as CPython does at exit.
    global _exiting

    if not _exiting:
        _exiting = True

        _run_finalizers(0)

        if process.current_process() is not None:
            for p in process.active_children():
                if p.daemon:
                    p._popen.terminate()

            for p in process.active_children():
                p.join()

        _run_finalizers()


atexit.register(_exit_function)


def _flush_std_streams():
    # Flushed before fork, so that a child does not print its parent's buffered output again.
    try:
        sys.stdout.flush()
    except (AttributeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (AttributeError, ValueError):
        pass


def close_fds(*fds):
    """Close each file descriptor given as an argument"""
    for fd in fds:
        os.close(fd)
