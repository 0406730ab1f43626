"""random, with CPython 3.11's API for the functions programs use (NATIVES.md).

Every random integer comes from _interleave.randbelow: a run draws it from its process's generator
(seeded by the run and the pid: a forked child draws other values than its parent, as CPython's
random reseeds itself after a fork), and explore branches on every value. random(), uniform() and
weighted choices draw floats from the generator: explore takes the one value each call gives, and
says its search is not complete. The sequences differ from CPython's Mersenne Twister: programs get
the same kind of values, not the same values.
"""

from _interleave import randbelow as _randbelow, random as _random, seed as _seed

__all__ = ['seed', 'random', 'uniform', 'randint', 'randrange', 'choice', 'choices', 'shuffle', 'sample']


def seed(a=None, version=2):
    """Initialize the generator: the same a gives the same sequence (None: the run's own seed)."""
    _seed(a)


def random():
    """Get the next random number in the range 0.0 <= x < 1.0."""
    return _random()


def uniform(a, b):
    """Get a random number in the range [a, b) or [a, b] depending on rounding."""
    return a + (b - a) * _random()


def _integer(value, what):
    # CPython 3.11 still takes an integral float here (with a DeprecationWarning, not shown here).
    if isinstance(value, int):
        return value
    integer = int(value)
    if integer != value:
        raise ValueError("non-integer %s for randrange()" % what)
    return integer


def randrange(start, stop=None, step=1):
    """Choose a random item from range(start, stop[, step])."""
    istart = _integer(start, "arg 1")
    if stop is None:
        if step != 1:
            raise TypeError('Missing a non-None stop argument')
        if istart > 0:
            return _randbelow(istart)
        raise ValueError("empty range for randrange()")
    istop = _integer(stop, "stop")
    width = istop - istart
    istep = _integer(step, "step")
    if istep == 1:
        if width > 0:
            return istart + _randbelow(width)
        raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return istart + istep * _randbelow(n)


def randint(a, b):
    """Return random integer in range [a, b], including both end points."""
    return randrange(a, b + 1)


def choice(seq):
    """Choose a random element from a non-empty sequence."""
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[_randbelow(len(seq))]


def shuffle(x):
    """Shuffle list x in place, and return None."""
    for i in reversed(range(1, len(x))):
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def sample(population, k, *, counts=None):
    """Choose k unique random elements from a population sequence (in selection order)."""
    if isinstance(population, (set, frozenset, dict)):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    if counts is not None:
        expanded = []
        if len(counts) != len(population):
            raise ValueError('The number of counts does not match the population')
        for item, count in zip(population, counts):
            expanded.extend([item] * count)
        population = expanded
    n = len(population)
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    pool = list(population)
    result = []
    for i in range(k):
        j = _randbelow(n - i)
        result.append(pool[j])
        pool[j] = pool[n - i - 1]
    return result


def choices(population, weights=None, *, cum_weights=None, k=1):
    """Return a k sized list of population elements chosen with replacement."""
    n = len(population)
    if cum_weights is None:
        if weights is None:
            if n == 0:
                raise IndexError('list index out of range')
            return [population[_randbelow(n)] for _ in range(k)]
        cum_weights = []
        total = 0
        for weight in weights:
            total += weight
            cum_weights.append(total)
    elif weights is not None:
        raise TypeError('Cannot specify both weights and cumulative weights')
    if len(cum_weights) != n:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0 if n else 0.0
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    result = []
    for _ in range(k):
        x = _random() * total
        i = 0
        while i < n - 1 and not x < cum_weights[i]:
            i += 1
        result.append(population[i])
    return result
