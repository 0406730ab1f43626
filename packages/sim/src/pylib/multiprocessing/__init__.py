#
# Package analogous to 'threading.py' but using processes
#
# Interleave's copy of CPython 3.11's Lib/multiprocessing/__init__.py. CPython copies every public
# method of the default context into the module with globals().update(); the same names are bound
# one by one here.
#

import sys
from . import context

_ctx = context._default_context

Process = _ctx.Process
ProcessError = _ctx.ProcessError
BufferTooShort = _ctx.BufferTooShort
TimeoutError = _ctx.TimeoutError
AuthenticationError = _ctx.AuthenticationError
current_process = _ctx.current_process
parent_process = _ctx.parent_process
active_children = _ctx.active_children
cpu_count = _ctx.cpu_count
Pipe = _ctx.Pipe
Lock = _ctx.Lock
RLock = _ctx.RLock
Condition = _ctx.Condition
Semaphore = _ctx.Semaphore
BoundedSemaphore = _ctx.BoundedSemaphore
Event = _ctx.Event
Barrier = _ctx.Barrier
Queue = _ctx.Queue
JoinableQueue = _ctx.JoinableQueue
SimpleQueue = _ctx.SimpleQueue
Pool = _ctx.Pool
RawValue = _ctx.RawValue
RawArray = _ctx.RawArray
Value = _ctx.Value
Array = _ctx.Array
freeze_support = _ctx.freeze_support
get_context = _ctx.get_context
get_start_method = _ctx.get_start_method
set_start_method = _ctx.set_start_method
get_all_start_methods = _ctx.get_all_start_methods

__all__ = ['Process', 'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError',
           'current_process', 'parent_process', 'active_children', 'cpu_count', 'Pipe', 'Lock',
           'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event', 'Barrier', 'Queue',
           'JoinableQueue', 'SimpleQueue', 'Pool', 'RawValue',
           'RawArray', 'Value', 'Array', 'freeze_support', 'get_context', 'get_start_method',
           'set_start_method', 'get_all_start_methods']

if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
