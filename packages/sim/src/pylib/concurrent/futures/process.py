"""Implements ProcessPoolExecutor.

Interleave's own, smaller version of CPython 3.11's Lib/concurrent/futures/process.py, keeping what
a program can observe: worker processes from the executor's multiprocessing context (all of them
started at the first submit under fork, as CPython does), work items moved into a bounded call
queue by a manager thread (a future is RUNNING once it is in the call queue, so later ones can
still be cancelled), results and worker exceptions (with the worker's traceback as __cause__)
coming back through a result queue, pickling errors set on the future, and shutdown at exit.
Not provided: BrokenProcessPool detection of a worker that dies, max_tasks_per_child.
"""

import os
import queue
import sys
import threading
import traceback
import multiprocessing as mp
from multiprocessing.connection import wait
from multiprocessing.queues import Queue

from concurrent.futures import _base

_global_shutdown = False
_managers = []

# Work items queued beyond the worker count, so that workers never wait for the manager.
EXTRA_QUEUED_CALLS = 1


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    for thread in list(_managers):
        thread.wakeup()
    for thread in list(_managers):
        thread.join()


threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    def __init__(self, exc, tb):
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        # Traceback object needs to be garbage-collected as its frames
        # contain references to all the objects in the exception scope
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ResultItem(object):
    def __init__(self, work_id, exception=None, result=None):
        self.work_id = work_id
        self.exception = exception
        self.result = result


class _CallItem(object):
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _SafeQueue(Queue):
    """Safe Queue set exception to the future object linked to a job"""

    def __init__(self, max_size, *, ctx, pending_work_items, manager):
        self.pending_work_items = pending_work_items
        self.manager = manager
        super().__init__(max_size, ctx=ctx)

    def _on_queue_feeder_error(self, e, obj):
        if isinstance(obj, _CallItem):
            tb = traceback.format_exception(type(e), e, e.__traceback__)
            e.__cause__ = _RemoteTraceback('\n"""\n{}"""'.format(''.join(tb)))
            work_item = self.pending_work_items.pop(obj.work_id, None)
            self.manager.wakeup()
            if work_item is not None:
                work_item.future.set_exception(e)
        else:
            super()._on_queue_feeder_error(e, obj)


class _ChunkRunner(object):
    """Runs fn on every argument tuple of a chunk (CPython: functools.partial(_process_chunk, fn))."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        return [self.fn(*args) for args in chunk]


def _get_chunks(*iterables, chunksize):
    """ Iterates over zip()ed iterables in chunks. """
    chunk = []
    for args in zip(*iterables):
        chunk.append(args)
        if len(chunk) == chunksize:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _chain_from_iterable_of_lists(iterable):
    """Specialized implementation of itertools.chain.from_iterable."""
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


def _process_worker(call_queue, result_queue, initializer, initargs):
    """Evaluates calls from call_queue and places the results in result_queue."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            # What _base.LOGGER.critical('Exception in initializer:', exc_info=True) prints.
            print('Exception in initializer:', file=sys.stderr)
            traceback.print_exc()
            return
    while True:
        call_item = call_queue.get(block=True)
        if call_item is None:
            # Wake up queue management thread
            result_queue.put(os.getpid())
            return
        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)
        except BaseException as e:
            exc = _ExceptionWithTraceback(e, e.__traceback__)
            result_queue.put(_ResultItem(call_item.work_id, exception=exc))
        else:
            result_queue.put(_ResultItem(call_item.work_id, result=r))
        # Liberate the resource as soon as possible, to avoid holding onto
        # open files or shared memory that is not needed anymore
        del call_item


class _ExecutorManagerThread(threading.Thread):
    """Moves work into the call queue, hands results to futures, and stops the workers."""

    def __init__(self, executor):
        self.executor = executor
        self.wakeup_reader, self.wakeup_writer = mp.Pipe(duplex=False)
        super().__init__()

    def wakeup(self):
        self.wakeup_writer.send_bytes(b"")

    def run(self):
        executor = self.executor
        while True:
            self.add_call_items_to_queue()
            ready = wait([executor._result_queue._reader, self.wakeup_reader])
            if self.wakeup_reader in ready:
                while self.wakeup_reader.poll():
                    self.wakeup_reader.recv_bytes()
            if executor._result_queue._reader in ready:
                self.process_result_item(executor._result_queue.get())
            if self.is_shutting_down() and not executor._pending_work_items:
                self.join_executor_internals()
                return

    def add_call_items_to_queue(self):
        executor = self.executor
        while not executor._call_queue.full():
            try:
                work_id = executor._work_ids.get(block=False)
            except queue.Empty:
                return
            work_item = executor._pending_work_items[work_id]
            if work_item.future.set_running_or_notify_cancel():
                executor._call_queue.put(_CallItem(work_id, work_item.fn, work_item.args,
                                                   work_item.kwargs), block=True)
            else:
                del executor._pending_work_items[work_id]

    def process_result_item(self, result_item):
        if isinstance(result_item, int):
            # A worker sent its pid on its way out (shutdown).
            return
        work_item = self.executor._pending_work_items.pop(result_item.work_id, None)
        if work_item is not None:
            if result_item.exception:
                work_item.future.set_exception(result_item.exception)
            else:
                work_item.future.set_result(result_item.result)

    def is_shutting_down(self):
        return _global_shutdown or self.executor._shutdown_thread

    def join_executor_internals(self):
        executor = self.executor
        for _ in executor._processes:
            executor._call_queue.put(None)
        for p in executor._processes.values():
            p.join()
        _managers.remove(self)


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=()):
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is None:
            mp_context = mp.get_context()
        self._mp_context = mp_context
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        self._executor_manager_thread = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = queue.Queue()
        self._result_queue = mp_context.SimpleQueue()
        self._call_queue = None

    def _start_executor_manager_thread(self):
        if self._executor_manager_thread is None:
            thread = _ExecutorManagerThread(self)
            self._call_queue = _SafeQueue(
                self._max_workers + EXTRA_QUEUED_CALLS, ctx=self._mp_context,
                pending_work_items=self._pending_work_items, manager=thread)
            self._launch_processes()
            thread.start()
            _managers.append(thread)
            self._executor_manager_thread = thread

    def _launch_processes(self):
        for _ in range(len(self._processes), self._max_workers):
            p = self._mp_context.Process(
                target=_process_worker,
                args=(self._call_queue, self._result_queue,
                      self._initializer, self._initargs))
            p.start()
            self._processes[p.pid] = p

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._pending_work_items[self._queue_count] = w
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._start_executor_manager_thread()
            self._executor_manager_thread.wakeup()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter), in chunks of chunksize calls."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")

        results = super().map(_ChunkRunner(fn),
                              _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                for work_item in self._pending_work_items.values():
                    work_item.future.cancel()
            if self._executor_manager_thread is not None:
                self._executor_manager_thread.wakeup()

        if self._executor_manager_thread is not None and wait:
            self._executor_manager_thread.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
