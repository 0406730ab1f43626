people = [("ada", 36), ("bob", 25), ("cy", 36), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted("banana"), sorted([3, 1, 2], reverse=True), sorted({3: "c", 1: "a"}))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min([], default="none"), max([1, 5, 3]), max(3, 7, 5), min("abc", "ab"))
print(max([-3, 2, -5], key=abs), min(range(10), key=lambda x: (x - 4) ** 2))
words = ["kiwi", "Fig", "apple", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(list(reversed([1, 2, 3])), sorted([2.5, 1, True, 0]))
