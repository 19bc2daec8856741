# builtins: format mini-language subset in f-strings and str.format (width, precision, !r)
x = 3.14159
n = 42
s = "ab"
print(f"{x:.2f}|{x:.0f}|{x:.4f}|{-x:.1f}")
print(f"[{n:5}]|[{s:5}]|[{x:8.3f}]")
print(f"{n!r} {s!r} {x!r}")
print("{:.2f} {:5} {:5}|".format(2.5, 7, "q"))
print("{0:.3f} {0:.1f}".format(1 / 3))
print("{x:.1f} {s:4}|".format(x=9.87, s="z"))
print(f"{1234567.891:.2f}", f"{0.005:.2f}", f"{2.675:.2f}", f"{1e10:.1f}")
print(f"{10:3}|{100:3}|{1000:3}|")
for v in [1.0, 22.5, 333.25]:
    print(f"[{v:8.2f}]")
items = [("apple", 1.5), ("kiwi", 0.25), ("banana", 12.0)]
for name, price in items:
    print(f"{name:8}{price:6.2f}")
print(f"{2 ** 70:5}", f"{-5:4}", f"{0:.3f}")
print(f"{s!r:6}|")
