s = "naïve café — 日本"
print(s, len(s), s.upper(), s.split(" "), s[-2:], s.find("日"))
print("ß".upper(), "İ".lower() == "i̇", "ǅ".lower(), "straße".title())
print(sorted("aZbY"), "é" > "z", "Ä".casefold(), [ord(c) for c in "aé€"])
print("→".join(["a", "b"]), "x".center(5, "·"), f"{'日本':>6}|")
