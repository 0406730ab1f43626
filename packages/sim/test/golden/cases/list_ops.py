a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4], a + [5], a * 2, 3 in a, 9 not in a)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), str(nested))
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0]
print(a)
print(list(range(10, 0, -3)), [x for x in "hi"], sum([[1], [2]], []))
