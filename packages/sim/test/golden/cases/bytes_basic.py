b = b"hello"
print(b, len(b), b[0], b[1:3], b + b" world", b * 2, b"ell" in b)
print(b.decode(), "héllo".encode(), "héllo".encode("utf-8").decode("utf-8"), list(b"AB"))
print(bytes([65, 66, 67]), bytes(3), b.upper(), b.split(b"l"), b"x\n\t\x00\xff")
print(b == b"hello", b"a" < b"b", b.hex(), type(b).__name__, bytes("abc", "ascii"))
