s = "  Hello World, straße naïve  "
print(s.split(), s.split(",", 1), s.rsplit(None, 1), "a\nb\r\nc".splitlines(), "a\nb\r\nc".splitlines(True))
print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())
print(s.strip(), s.lstrip(" H"), s.rstrip("e "), "x".join(["a", "b"]))
print(s.replace("l", "L", 2), s.startswith(("  H", "z")), s.endswith("e", 0, -2), s.find("o", 6), s.rfind("o"), s.index("W"), s.count("l"))
print("ab".center(7, "*"), "ab".ljust(5), "ab".rjust(5, "0"), "-42".zfill(6), "a\tb".expandtabs(4), "a=b=c".partition("="), "a=b=c".rpartition("="))
print("12".isdigit(), "ab".isalpha(), "Ab Cd".istitle(), " ".isspace(), "x1".isidentifier(), "é".isascii())
print("{0}-{x}-{1!r:>5}-{y[0]}-{0:{w}}".format(1, "s", x=2, y=[9], w=4), "{:,}".format(1234567))
print("ab".removeprefix("a"), "ab".removesuffix("b"), "é".encode())
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print(e)
