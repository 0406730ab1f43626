n = 0
print("looping")
while True:
    n += 1
