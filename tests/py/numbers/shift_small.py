# << and >> of small ints in the loop's quick path: counts 0..200, results that leave the small ints or the machine word, negative values and counts, bools
vals = [0, 1, -1, 5, -5, 2**40, -2**40, 2**61, -2**61, 2**62 - 1, -2**62, 12345678901]
cnts = [0, 1, 2, 3, 31, 32, 61, 62, 63, 64, 65, 100, 200]
for x in vals:
    for c in cnts:
        print(x, c, x << c, x >> c)
    for c in (-1, -100):
        for f in (lambda: x << c, lambda: x >> c):
            try:
                f()
            except ValueError as e:
                print("ValueError", e)
a = 1
for i in range(70):
    a <<= 1
    print(a, a >> i)
b = -3
for i in range(70):
    b = b << 1
print(b, True << 3, 1 << True, 7 >> True)
