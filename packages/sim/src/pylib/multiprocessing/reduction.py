#
# Pickling for transfers between processes. CPython 3.11's Lib/multiprocessing/reduction.py wraps
# pickle.Pickler with reducers for sockets and connections; here it is the _pickle native.
#

import _pickle

__all__ = ['ForkingPickler', 'dumps', 'loads']


class ForkingPickler(object):
    '''The dumps/loads pair every multiprocessing transfer goes through.'''

    @classmethod
    def dumps(cls, obj, protocol=None):
        return _pickle.dumps(obj, protocol)

    loads = staticmethod(_pickle.loads)


dumps = ForkingPickler.dumps
loads = ForkingPickler.loads
