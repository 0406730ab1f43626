def average(total, count):
    return total / count


print(average(10, 4))
print(10 % 3, 10.0 // 4)
print(average(1.0, 0))
