from mathutil import mean

print(mean([1, 2, 3]))
print(mean([]))
