# types2: float edge cases: overflow to inf, float() parsing, rounding, int conversion errors
print(float('1e500'), float('-1e500'), 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(float(' 3.5 '), float('-inf'), float('Infinity'), float('nan') != float('nan'), float('1_000.5'))
print(float('.5'), float('5.'), float('-0'), float('+1E3'), float(10**20))
for s in ('abc', '', '1.2.3', '1e', ' ', '0x10', '1__0'):
    try:
        float(s)
    except ValueError as e:
        print('ValueError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(int(1e20), int(-2.9), int(2.9), int(-0.0), int(1.5e300) == 15 * 10**299)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError', e)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-7, 123456789.0 * 10, 1e22, 1e-5, 0.0001)
print(-0.0, 0.0 == -0.0, repr(-0.0), str(1e100), 5e-324, 1.7976931348623157e308)
print(float('inf') - float('inf') != 0, float('inf') * 0 != 0, 1 / float('inf'))
print(3 * 0.1, 10 / 5, 7 / -2, 2 ** 0.5, (-8) ** 2.0, 4 ** 0.5)
print(round(2.5), round(3.5), round(-0.5), round(0.5), round(-1.5), round(1.2345, 2), round(2.675, 2), round(1234.5, -2), round(-1234, -2), round(5, -1), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(7, 1), round(-0.4))
print(float.__name__, 1.0.is_integer(), 1.5.is_integer(), (3.0).__int__())
