print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print({n: n ** 2 for n in range(4)}, {c.upper(): i for i, c in enumerate("ab")})
print({x % 4 for x in range(10)}, sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]))
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], [len(w) if len(w) > 3 else -1 for w in words])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], list(zip(*matrix)))
