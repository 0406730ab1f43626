"""Heap queue algorithm (a.k.a. priority queue), with CPython 3.11's API and results.

CPython replaces the heap functions with C versions (_heapq); queue.PriorityQueue calls them under
its mutex, so being Python here changes no observable interleaving there. nsmallest and nlargest
return what CPython documents them to equal (sorted(...)[:n], ties in input order).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap)-1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError("index out of range")    # _heapq's message
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    if not heap:
        raise IndexError("index out of range")    # _heapq's message
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item (faster than the two calls)."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    n = len(x)
    for i in reversed(range(n//2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Follow the path to the root, moving parents down until finding a place newitem fits.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Bubble the smaller child up until hitting a leaf, then sift newitem down to its place.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2*pos + 1    # leftmost child position
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2*pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset: equivalent to sorted(iterable, key=key)[:n]."""
    return _first(n, sorted(iterable, key=key))


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset: equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    return _first(n, sorted(iterable, key=key, reverse=True))


def _first(n, ordered):
    # A negative n would slice from the end: CPython gives [] for n <= 0.
    return ordered[:n] if n > 0 else []


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator; ties in input order)."""
    heads = []
    for order, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            heads.append([_merge_key(value, key, reverse), order, value, iterator])
            break
    heapify(heads)
    while heads:
        head = heads[0]
        yield head[2]
        for value in head[3]:
            head[0] = _merge_key(value, key, reverse)
            head[2] = value
            heapreplace(heads, head)
            break
        else:
            heappop(heads)


class _Reversed:
    """Orders values the other way round, so that one min-heap merges descending inputs too."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return other.value < self.value

    def __eq__(self, other):
        return self.value == other.value


def _merge_key(value, key, reverse):
    ranked = value if key is None else key(value)
    return _Reversed(ranked) if reverse else ranked
