#
# Module providing the `Process` class which emulates `threading.Thread`
#
# Interleave's trimmed copy of CPython 3.11's Lib/multiprocessing/process.py (no authkey, no
# WeakSet of dangling processes, no close()).
#

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

import os
import sys
import signal
import threading


def current_process():
    '''Return process object representing the current process'''
    return _current_process


def active_children():
    '''Return list of process objects corresponding to live child processes'''
    _cleanup()
    return list(_children)


def parent_process():
    '''Return process object representing the parent process'''
    return _parent_process


def _cleanup():
    # check for processes which have finished
    for p in list(_children):
        if p._popen.poll() is not None:
            _children.discard(p)


def _next_count():
    # CPython counts with itertools.count (atomic); children are numbered 1, 2, ... per process.
    global _process_counter
    _process_counter += 1
    return _process_counter


class BaseProcess(object):
    '''Process objects represent activity that is run in a separate process.'''

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _next_count()
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
            ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def run(self):
        '''Method to be run in sub-process; can be overridden in sub-class'''
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        '''Start child process'''
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # Avoid a refcycle if the target function holds an indirect
        # reference to the process object (see bpo-30775)
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        '''Terminate process; sends SIGTERM signal'''
        self._popen.terminate()

    def kill(self):
        '''Terminate process; sends SIGKILL signal'''
        self._popen.kill()

    def join(self, timeout=None):
        '''Wait until child process terminates'''
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        '''Return whether process is alive'''
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'

        if self._popen is None:
            return False

        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        '''Return whether process is a daemon'''
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        '''Set whether process is a daemon'''
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        '''Return exit code of process or `None` if it has yet to stop'''
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        '''Return identifier (PID) of process or `None` if it has yet to start'''
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        '''Return a file descriptor (Unix) that becomes "ready" when process finishes'''
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'

        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        from . import util, context
        global _current_process, _parent_process, _process_counter, _children

        try:
            if self._start_method is not None:
                context._force_start_method(self._start_method)
            _process_counter = 0
            _children = set()
            _current_process = self
            _parent_process = _ParentProcess(
                self._parent_name, self._parent_pid, parent_sentinel)
            threading.main_thread()._set_native_id()
            self._after_fork()
            try:
                self.run()
                exitcode = 0
            finally:
                util._exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            threading._shutdown()
            util._flush_std_streams()

        return exitcode

    @staticmethod
    def _after_fork():
        from . import util
        util._finalizer_registry.clear()
        util._run_after_forkers()


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._config = {}
        self._sentinel = sentinel

    def is_alive(self):
        from multiprocessing.connection import wait
        return not wait([self._sentinel], timeout=0)

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        '''Wait until parent process terminates'''
        from multiprocessing.connection import wait
        wait([self._sentinel], timeout=timeout)

    pid = ident


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._config = {}


_parent_process = None
_current_process = _MainProcess()
_process_counter = 0
_children = set()
del _MainProcess

# Map negative exit codes to signal names, e.g. -15 -> '-SIGTERM' (CPython maps every signal; the
# simulator's processes are only ever killed by these two).
_exitcode_to_name = {-signal.SIGTERM: '-SIGTERM', -signal.SIGKILL: '-SIGKILL'}
