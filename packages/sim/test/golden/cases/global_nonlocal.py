count = 0

def increment():
    global count
    count += 1

for _ in range(3):
    increment()
print(count)

def read_only():
    return count * 10

print(read_only())

def define_global():
    global created
    created = "made inside"

define_global()
print(created)

def outer():
    level = 1
    def inner():
        nonlocal level
        level += 1
        def innermost():
            nonlocal level
            level *= 10
        innermost()
    inner()
    return level

print(outer())
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
