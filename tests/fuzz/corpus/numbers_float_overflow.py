# numbers: OverflowError where CPython raises it (int->float, **, fromhex, int(inf)) and inf where it does not
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(expr, type(e).__name__, e)
for e in ['float(10**400)', 'float(2**1024)', 'float(2**1024 - 1)', 'float(-(2**1024))', '10**400 * 1.0',
          '1.0 + 10**400', '10**400 / 10**399', '10**400 / 3', '1 / 10**400', '2**1100 / 3', '(2**1100) // 1.5',
          '2.0 ** 10000', '(-2.0) ** 10001', '2.0 ** -10000', '10.0 ** 308 * 10', '1e308 * 10', '1e308 + 1e308',
          '-1e308 * 10', '1e308 ** 2', '(-1e308) ** 3', '1.5 ** 1e10', '0.5 ** -1e10', '10.0 ** 309', '2 ** 1024.0',
          '2 ** -1074.0', '2 ** -1075.0', '0.0 ** -1', '0.0 ** -0.5', '(-0.0) ** -1', '0 ** -1.0', 'float("inf") ** 2',
          'float("inf") ** -1', '(-float("inf")) ** 3', '(-float("inf")) ** -3', '1.0 ** float("nan")',
          'float("nan") ** 0', '(-1.0) ** float("inf")', '0.5 ** float("-inf")', 'int(1e308)', 'int(float("inf"))',
          'int(-float("inf"))', 'int(float("nan"))', 'float("inf").__trunc__()', 'float("nan").__floor__()',
          'float("-inf").__ceil__()', 'float("inf").as_integer_ratio()', 'float("nan").as_integer_ratio()',
          '(2**2000).__float__()', '(2**1023) * 2.0', '1e-320 / 1e10', '5e-324 / 2', '(-8.0) ** 3', '(-8.0) ** -3',
          '(-2) ** -1', '4 ** 0.5', '(-4.0) ** 2.0']:
    t(e)
