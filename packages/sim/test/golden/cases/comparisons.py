one = 1
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, one is not None)
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [1, [2]] == [1, [2]], (1,) == [1])
print(2 != 2.0, 0.1 + 0.2 > 0.3, None == None, None == 0, True == 1)
print(max(1, 2.5), min(-1, -1.0), 10 > 9.99999, 2 ** 70 > 2.0 ** 69)
def noisy(x):
    print("eval", x)
    return x
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
