s = {3, 1, 2}
s.add(5)
s.add(1)
s.discard(42)
s.remove(2)
print(s, len(s), 3 in s, 4 not in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.issuperset({1}))
print(a.union([9]), a.intersection(b), a.difference(b), sorted(a.symmetric_difference(b)))
print(set(), set([1, 1, 2]), {x % 3 for x in range(10)}, frozenset([2, 1]))
c = set(range(5))
c -= {0}
c |= {7}
print(c, sorted(c, reverse=True), min(c), max(c), sum(c))
print(s.pop() in {1, 3, 5}, {1, 2} == {2, 1}, len(set("aabbc")))
