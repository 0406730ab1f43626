print("start")
counter = 1
print(countr)
