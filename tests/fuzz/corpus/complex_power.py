# complex **, pow() with a modulus, and int/float ** fractional power of a negative number
for a, b in [(1 + 1j, 2), (1 + 1j, 2.0), (1 + 1j, 2 + 0j), (1 + 1j, -2), (1 + 1j, 100), (1 + 1j, 101),
             (1 + 1j, -100), (2, 1 + 1j), (2, 0.5j), (1j, 1j), (0j, 0), (0j, 0j), (0j, 1), (0j, 2.5),
             (1j, 0.5), (-1 + 0j, 0.5), (3 + 4j, -0.5), (1 + 1j, float('nan')), (2 + 0j, 1023.5),
             (0.5 + 0j, 2000.5), (complex(float('inf'), 0), 2), (1e308 + 1e308j, 2), (1j, 3), (1j, 4),
             (-1j, 3), (1.5 - 2j, 7), (1.5 - 2j, -7)]:
    print(repr(a), '**', repr(b), '=', repr(a ** b))

for a, b in [(0j, -1), (0j, 1j), (0j, -1 + 1j), (0j, 1 + 1j), (0j, -0.5), (1 + 1j, float('inf')),
             (1 + 1j, complex(0, float('inf'))), (1e-200 + 0j, -2), (2 + 3j, 1000), (2 + 0j, 1024),
             (1 + 1j, 2**70), (10 + 0j, 400.5), (0.0, -1j)]:
    try:
        print(repr(a), '**', repr(b), '=', repr(a ** b))
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), '**', repr(b), type(e).__name__, e)

# a negative int or float to a fractional power is complex
for a, b in [(-8, 1 / 3), (-8.0, 0.5), (-8, 0.5), (-8, -0.5), (-1, 0.5), (-2.5, 1.5), (-1e-10, 0.25),
             (-8, 2.0), (-8.0, 3.0), (-8, -1), (-2, -1.5)]:
    r = a ** b
    print(repr(a), '**', repr(b), '=', repr(r), type(r).__name__, repr(pow(a, b)))
print((-8.0).__pow__(0.5), (0.5).__rpow__(-8.0), (-2) ** 0.5 * 0)
for a, b in [(float('-inf'), 0.5), (-1.0, float('inf')), (-1.0, float('nan')), (-0.0, 0.5)]:
    print(repr(a), '**', repr(b), '=', repr(a ** b))
print((-1e300) ** 0.5)
for a, b in [(-2.0, 1e300), (-1e300, 2.5), (-1e300, 1.5)]:
    try:
        a ** b
    except OverflowError as e:
        print(repr(a), '**', repr(b), type(e).__name__, e)

# pow with a modulus
for args in [(1j, 2, 3), (2, 1j, 3), (2, 2, 1j), (1j, 'a', 2.0), (2.0, 3, 1j), (2.0, 1j, 3), (2, 2.0, 1j),
             (2, 1j, 2.0), ('a', 1j, 2), (1j, 2, None), (2, 1j, None)]:
    try:
        print(args, pow(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    (1j).__pow__(2, 3)
except ValueError as e:
    print(type(e).__name__, e)
print((1j).__pow__('a', 3), (1j).__pow__(2, None), (1j).__rpow__(2, None))
try:
    (1j).__rpow__(2, 3)
except ValueError as e:
    print(type(e).__name__, e)
