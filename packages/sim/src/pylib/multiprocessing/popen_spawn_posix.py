#
# Starting a child process with the spawn start method: CPython 3.11's
# Lib/multiprocessing/popen_spawn_posix.py without the resource tracker. As in CPython, the
# process object is pickled before anything is started, so an unpicklable target or argument
# raises in the parent's start().
#

import os

import _interleave

from . import reduction
from .context import set_spawning_popen
from . import popen_fork
from . import spawn
from . import connection

__all__ = ['Popen']


class Popen(popen_fork.Popen):
    method = 'spawn'

    def __init__(self, process_obj):
        self._fds = []
        super().__init__(process_obj)

    def duplicate_for_child(self, fd):
        self._fds.append(fd)
        return fd

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)
        set_spawning_popen(self)
        try:
            prep_bytes = reduction.dumps(prep_data)
            process_bytes = reduction.dumps(process_obj)
        finally:
            set_spawning_popen(None)

        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        try:
            self._fds.extend([child_r, child_w])
            self.pid = _interleave.spawn('multiprocessing.spawn', 'spawn_main',
                                         (child_r, os.getpid()), tuple(self._fds))
            self.sentinel = parent_r
            self._parent_w = parent_w
            to_child = connection.Connection(None, parent_w)
            to_child.send_bytes(prep_bytes)
            to_child.send_bytes(process_bytes)
        finally:
            os.close(child_r)
            os.close(child_w)
