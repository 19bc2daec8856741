# numbers: // % divmod on ints with every sign combination, small and big, and ZeroDivisionError messages
vals = [7, -7, 2, -2, 1, -1, 3, 10**20 + 7, -(10**20 + 7), 10**30, -(10**30), 2**64 - 1, -(2**64),
        12345678901234567890123, 2**62, -(2**62), 2**63 - 1, -(2**63)]
for a in vals:
    row = []
    for b in vals:
        row.append((a // b, a % b))
        assert divmod(a, b) == (a // b, a % b)
        assert (a // b) * b + a % b == a
    print(a, row)
for a in [5, -5, 0, 10**30, True]:
    for op in ['//', '%', '/']:
        try:
            print(eval('a %s 0' % op))
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
    try:
        print(divmod(a, 0))
    except ZeroDivisionError as e:
        print('divmod', type(e).__name__, e)
    try:
        print(divmod(a, False))
    except ZeroDivisionError as e:
        print('divmod False', type(e).__name__, e)
x = -17
x //= 5
y = -17
y %= -5
print(x, y)
print(True // 2, True % 2, False // True, -True // 2, divmod(True, True))
print((-(2**62)) // -1, (-(2**63)) // -1, (-(2**62)) % -1)
print(7 / 2, -7 / 2, 10**30 / 10**10, 2**1100 / 2**1000, (2**60 + 1) / 3, -(10**400) // 10**399)
for a, b in [(10**400, 1), (1, 10**400), (-(2**1100), 3), (2**53 + 1, 1), (10**400, 10**399)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
