# Changing a dict's or set's size while iterating over it is a RuntimeError; values may change.
prices = {"a": 1, "b": 2}
for key in prices:
    prices[key] *= 10
print(prices)
try:
    for key in prices:
        prices[key + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(prices))
items = iter(prices.items())
print(next(items))
del prices["a"]
try:
    next(items)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(items)
except RuntimeError as e:
    print("again:", e)
done = iter({1: 1})
print(list(done))
seen = {1, 2, 3}
try:
    for x in seen:
        seen.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
for x in list(seen):
    seen.discard(x)
print(seen)
counts = {}
for word in "a b a c".split():
    counts[word] = counts.get(word, 0) + 1
for word in counts:
    counts[word] = counts[word] * 2
print(counts)
