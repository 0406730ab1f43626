big = 2 ** 200
print(big)
print(big + 1, big - 2 ** 199)
print(-big // 3, -big % 7, big // -7)
fact = 1
for i in range(1, 31):
    fact *= i
print(fact)
print(fact // 2 ** 20, fact % 1000003)
print(int("123456789012345678901234567890") * 3)
print(9007199254740993, 9007199254740992 + 1, -9007199254740993)
print(2 ** 64 - 1, (2 ** 64) // (2 ** 32), 3 ** 40)
print(big == 2 ** 200, big > 10 ** 60, big < 10 ** 61)
print(abs(-big) == big, -big)
print(divmod(10 ** 30 + 7, 10 ** 15))
