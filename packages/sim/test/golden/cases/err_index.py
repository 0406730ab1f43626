def last_but_one(items):
    return items[len(items) - 2]


print(last_but_one([1, 2, 3]))
print(last_but_one([]))
