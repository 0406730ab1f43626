#
# Connections over OS pipes: Interleave's trimmed version of CPython 3.11's
# Lib/multiprocessing/connection.py (no listeners, clients or authentication).
#
# Deviation: CPython makes a duplex Pipe from a socketpair; here a duplex Pipe is two os.pipe()s,
# so each Connection reads from one fd and writes to another. Messages are framed as in CPython:
# a 4-byte big-endian signed length, then the bytes. A Connection pickles only while a spawned
# child is being started (its fds are inherited); CPython can also send one to any process
# through a resource-sharer thread.
#

__all__ = ['Connection', 'Pipe', 'wait']

import os
import select

from . import context
from . import reduction

_ForkingPickler = reduction.ForkingPickler


class Connection(object):
    """Connection class based on an arbitrary file descriptor (Unix only)."""

    def __init__(self, read_fd, write_fd):
        self._read_fd = read_fd
        self._write_fd = write_fd
        self._readable = read_fd is not None
        self._writable = write_fd is not None

    def _check_closed(self):
        if self._read_fd is None and self._write_fd is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        """True if the connection is closed"""
        return self._read_fd is None and self._write_fd is None

    @property
    def readable(self):
        """True if the connection is readable"""
        return self._readable

    @property
    def writable(self):
        """True if the connection is writable"""
        return self._writable

    def fileno(self):
        """File descriptor or handle of the connection (the read end when it has one)"""
        self._check_closed()
        return self._read_fd if self._readable else self._write_fd

    def close(self):
        """Close the connection"""
        for fd in (self._read_fd, self._write_fd):
            if fd is not None:
                os.close(fd)
        self._read_fd = self._write_fd = None

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object"""
        self._check_closed()
        self._check_writable()
        m = bytes(buf)
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(m[offset:offset + size])

    def send(self, obj):
        """Send a (picklable) object"""
        self._check_closed()
        self._check_writable()
        self._send_bytes(_ForkingPickler.dumps(obj))

    def recv_bytes(self, maxlength=None):
        """Receive bytes data as a bytes object."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf

    def recv(self):
        """Receive a (picklable) object"""
        self._check_closed()
        self._check_readable()
        return _ForkingPickler.loads(self._recv_bytes())

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read"""
        self._check_closed()
        self._check_readable()
        return bool(wait([self._read_fd], timeout))

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    def _send(self, buf):
        remaining = len(buf)
        while True:
            n = os.write(self._write_fd, buf)
            remaining -= n
            if remaining == 0:
                break
            buf = buf[n:]

    def _send_bytes(self, buf):
        n = len(buf)
        if n > 0x7fffffff:
            raise ValueError("size is too large")
        self._send(n.to_bytes(4, "big", signed=True) + buf)

    def _recv(self, size):
        chunks = []
        remaining = size
        while remaining > 0:
            chunk = os.read(self._read_fd, remaining)
            n = len(chunk)
            if n == 0:
                if remaining == size:
                    raise EOFError
                raise OSError("got end of file during message")
            chunks.append(chunk)
            remaining -= n
        return b"".join(chunks)

    def _recv_bytes(self, maxsize=None):
        size = int.from_bytes(self._recv(4), "big", signed=True)
        if maxsize is not None and size > maxsize:
            return None
        return self._recv(size)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __reduce__(self):
        context.assert_spawning(self)
        popen = context.get_spawning_popen()
        for fd in (self._read_fd, self._write_fd):
            if fd is not None:
                popen.duplicate_for_child(fd)
        return Connection, (self._read_fd, self._write_fd)


def Pipe(duplex=True):
    '''Returns pair of connection objects at either end of a pipe'''
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        return Connection(r1, w2), Connection(r2, w1)
    r, w = os.pipe()
    return Connection(r, None), Connection(None, w)


def wait(object_list, timeout=None):
    '''Wait till an object in object_list is ready/readable.

    Returns list of those objects in object_list which are ready/readable.
    '''
    return select.select(object_list, [], [], timeout)[0]
