names = ["a", "b"]
names.push("c")
