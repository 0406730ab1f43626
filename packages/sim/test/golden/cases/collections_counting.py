from collections import Counter, defaultdict, deque

words = "the cat and the hat and the bat".split()
counts = Counter(words)
print(counts)
print(counts["the"], counts["dog"], "dog" in counts, counts.most_common(2), counts.total())
counts.update(["cat", "cat"])
counts.update({"hat": 3}, bat=1)
counts.subtract(["the"])
print(counts, sorted(counts.elements())[:4])
del counts["nothing"]
print(Counter("abbccc") + Counter("ab"), Counter("abbccc") - Counter("abcd"), Counter("aab") | Counter("abb"), Counter("aab") & Counter("abb"))
print(Counter(), repr(Counter(a=1)), Counter("ab").most_common(0), isinstance(counts, dict), len(Counter("hello")))

groups = defaultdict(list)
for word in words:
    groups[len(word)].append(word)
print(groups)
print(groups[9], dict(groups), groups.default_factory)
tally = defaultdict(int, {"x": 1})
tally["x"] += 1
tally["y"] += 5
print(tally, tally.copy(), defaultdict(), isinstance(tally, dict))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as error:
    print("KeyError", error)
try:
    defaultdict(3)
except TypeError as error:
    print("TypeError", error)
print(deque([1, 2, 3], maxlen=2))
