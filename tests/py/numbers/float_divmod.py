# numbers: float // % divmod with every sign, signs of zero, inf and nan operands, mixed int/float, and ZeroDivisionError messages
vals = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0, 1e300, -1e-300, 3, -3, 0.1, float('inf'), float('-inf'), float('nan')]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append((repr(a // b), repr(a % b), repr(divmod(a, b))))
        except ZeroDivisionError as e:
            row.append(str(e))
    print(repr(a), row)
for a in [1.0, 0.0, -1.0, 5, float('nan')]:
    for b in [0, 0.0, -0.0, False]:
        for op in ['/', '//', '%']:
            try:
                print(repr(a), op, repr(b), eval('a %s b' % op))
            except ZeroDivisionError as e:
                print(repr(a), op, repr(b), type(e).__name__, e)
        try:
            print(divmod(a, b))
        except ZeroDivisionError as e:
            print('divmod', repr(a), repr(b), type(e).__name__, e)
print(repr(-0.0 % 5), repr(0.0 % -5), repr(-0.0 // 5), repr(0.0 // -5), repr(-1e-320 % 1e308))
print(5.0 // 0.1, 5.0 % 0.1, divmod(1.0, 0.1), -5 % 0.3, 10**20 % 3.5, 3.5 % 10**20, (2**100) // 1e10)
x = 7.5
x //= 2
y = -7.5
y %= 2
print(x, y)
for a, b in [(1.5, 'a'), ('a', 1.5), (1.5, None), (1.5, [])]:
    for op in ['//', '%', '/']:
        try:
            print(eval('a %s b' % op))
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
