"""A module to look into."""

SCALE = 2


def twice(n):
    return n * SCALE
