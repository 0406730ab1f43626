print(int(b" 42 "), int(b"-7"), int(b"ff", 16), int(b"0x1f", 0), int(b"1_000"))
for text in (b"x", b"4.5", b""):
    try:
        int(text)
    except ValueError as error:
        print(error)
