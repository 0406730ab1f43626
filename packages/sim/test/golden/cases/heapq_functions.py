import heapq

heap = []
for value in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, value)
print(heap)
print(heapq.heappop(heap), heap)
print(heapq.heapreplace(heap, 7), heap)
print(heapq.heappushpop(heap, 1), heapq.heappushpop(heap, 4), heap)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(len(data))])

words = ["pear", "fig", "apple", "kiwi", "plum", "date", "banana"]
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))
print(heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [3, 1, 2]), heapq.nsmallest(-2, [3, 1]))
print(heapq.nsmallest(2, (x * x for x in range(-3, 4))), heapq.nlargest(2, iter([]), key=abs))

pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [], [0, 3, 9])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, "x")], [(1, "y")], key=lambda p: p[0], reverse=True)))
merged = heapq.merge([1, 3], [2])
print(next(merged), list(merged))

for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        call()
    except IndexError as error:
        print(type(error).__name__, error)
print(sorted(heapq.__all__))
