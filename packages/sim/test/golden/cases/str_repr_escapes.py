samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "new\nline", "back\\slash", "bell\x07", "nul\x00", "é ü", "\u2603", "\r"]
for s in samples:
    print(repr(s))
print(samples[:3])
print(str(["a'b", 'c"d']), repr("\x7f"), repr("\x1b[0m"), len("\\n"))
