items = [1, 2]
print("count: " + len(items))
