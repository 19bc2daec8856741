# numbers: round() on floats: ties to even, ndigits positive/negative/huge (correctly rounded as CPython), None, inf/nan, errors
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 1e16 + 2, 2.0**52 + 0.5, -0.0, 0.4, -0.4]:
    r = round(x)
    print(repr(x), r, type(r).__name__, round(x, None), x.__round__())
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (1.005, 2), (2.5, 0), (3.5, 0), (-2.5, 0),
             (1234.5, -1), (1235.0, -1), (1245.0, -1), (-1245.0, -1), (15.0, -1), (25.0, -1),
             (123.456, -2), (123.456, 1), (123.456, 5), (0.0, 2), (-0.001, 2), (-0.0, 1),
             (1.2345e-10, 12), (5e-324, 400), (5e-324, 323), (5e-324, 324), (1e300, -300), (1e300, -301),
             (1e300, -400), (1.5, 10**20), (1e22, -22), (5e22, -23), (10.0**20, -19), (0.5, -1),
             (7.0, True), (1.25, 1), (1.35, 1), (-1.25, 1), (2.0**60 + 0.0, -3)]:
    r = round(x, n)
    print(repr(x), n, repr(r), type(r).__name__)
for x in [float('inf'), float('-inf'), float('nan')]:
    print(round(x, 2), round(x, -2), x.__round__(0))
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for n in [1.0, '1', [], 1.5]:
    try:
        round(1.5, n)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ['a', None, [1]]:
    try:
        round(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    round()
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(round(number=5.5), round(5.55, ndigits=1), round(2.5, ndigits=None))
print((5.5).__round__(None), type((5.5).__round__(None)).__name__)
