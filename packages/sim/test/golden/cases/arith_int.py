a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(abs(-3), -(-3), +4, 2 ** -1, 0 ** 0)
print(True + True, True * 10, False - 1)
print(7 / 7, 1 / 3, 2 ** 10, 10 ** 0)
x = 10
x -= 3
x *= 4
x //= 3
x %= 5
x **= 3
print(x)
