#
# Code used to start processes with the spawn start method
#
# Interleave's trimmed copy of CPython 3.11's Lib/multiprocessing/spawn.py. CPython launches a new
# python3 with `-c 'from multiprocessing.spawn import spawn_main; spawn_main(...)'`; here the
# _interleave.spawn native starts the fresh interpreter at spawn_main, and _interleave.run_main
# re-runs the main file as __mp_main__ (CPython: runpy.run_path). The parent sends the
# preparation data and the pickled process object as two messages over a pipe.
#

import os
import sys

import _interleave

from . import process
from . import connection
from . import reduction

__all__ = ['spawn_main', 'get_preparation_data', 'prepare']


def spawn_main(pipe_handle, parent_pid):
    '''Run code specified by data received over pipe'''
    parent_sentinel = pipe_handle
    exitcode = _main(pipe_handle, parent_sentinel)
    sys.exit(exitcode)


def _main(fd, parent_sentinel):
    from_parent = connection.Connection(fd, None)
    process.current_process()._inheriting = True
    try:
        preparation_data = reduction.loads(from_parent.recv_bytes())
        prepare(preparation_data)
        self = reduction.loads(from_parent.recv_bytes())
    finally:
        del process.current_process()._inheriting
    return self._bootstrap(parent_sentinel)


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


def get_preparation_data(name):
    '''Return info about parent needed by child to unpickle process object'''
    _check_not_importing_main()
    from .context import _default_context
    return dict(
        name=name,
        sys_argv=sys.argv,
        start_method=_default_context.get_start_method(),
        init_main=hasattr(sys.modules['__main__'], '__file__'),
        )


old_main_modules = []


def prepare(data):
    '''Try to get current process ready to unpickle process object'''
    if 'name' in data:
        process.current_process().name = data['name']

    if 'sys_argv' in data:
        sys.argv = data['sys_argv']

    if 'start_method' in data:
        from .context import _force_start_method
        _force_start_method(data['start_method'])

    if data.get('init_main'):
        _fixup_main_from_path()


def _fixup_main_from_path():
    # Re-run the main file as __mp_main__ (its `if __name__ == "__main__":` block is skipped) and
    # make it __main__ too, so that functions pickled as __main__.f are found.
    current_main = sys.modules['__main__']
    old_main_modules.append(current_main)
    main_module = _interleave.run_main("__mp_main__")
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
