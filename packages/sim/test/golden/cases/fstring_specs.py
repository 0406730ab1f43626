n = 255
name = "Ada"
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:08b}")
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^11}] [{name:.2}]")
print(f"{1234567:,} {1234567:_} {-42:+} {42:+} {42: } {-42:=8}")
print(f"{42:>6} {42:<6}| {42:^6}| {42:06} {-42:06}")
width, prec = 12, 3
print(f"[{3.14159:{width}.{prec}f}] [{name:>{width}}]")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for item, price, qty in items:
    print(f"{item:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
print(f"{'nested ' + name}", f"{n // 2}", f"{[i * i for i in range(3)]}", f"{{braces}}")
print(f"{True:>6}|{None!s:>6}|{3 > 2}")
