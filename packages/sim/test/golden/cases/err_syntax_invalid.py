print("a")
print("b" "c" d)
