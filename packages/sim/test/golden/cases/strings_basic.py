s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s * 2, s + "!")
print("lo" in s, "xyz" not in s, s.lower() == "hello, world")
print('single "double" inside', "it's", 'tab\there', "new\\nline")
print("multi\nline")
print("""triple
quoted""")
print(ord("A"), chr(97), ord("é"), chr(9731))
u = "héllo wörld"
print(u, len(u), u.upper(), u[1], u[::-1])
print("a" "b" "c", str(), "".join([]), "x".join("abc"))
total = ""
for ch in "abc":
    total = ch + total
print(total)
