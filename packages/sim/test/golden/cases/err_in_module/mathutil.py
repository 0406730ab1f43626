def mean(values):
    return total(values) / len(values)


def total(values):
    return sum(values)
