# numbers: bool as an int: arithmetic, bitwise ops keeping bool, comparisons, repr, constructor and its errors, no subclassing
vals = [True, False]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, type(a & b).__name__, type(a + b).__name__,
              a == b, a < b, a ** b, a << b, a >> b)
        for op in ['/', '//', '%']:
            try:
                print(eval('a %s b' % op))
            except ZeroDivisionError as e:
                print(type(e).__name__, e)
print(True & 1, type(True & 1).__name__, True | 0, 1 ^ True, -True, +True, ~True, ~False, abs(True), -False)
print(type(-True).__name__, type(+True).__name__, type(abs(False)).__name__)
print(True + 0.5, True * 2.5, True / 2, True == 1.0, hash(True) == hash(1), hash(False) == hash(0.0))
print(repr(True), str(False), '%d %s %r' % (True, True, False), format(True), format(True, 'd'), f'{False:>6}')
print(int(True), float(False), bool(2), bool(0.0), bool(''), bool([0]), bool(), bool(None), bool(-0.0), bool(1e-300))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), type(True.conjugate()).__name__)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__ if hasattr(bool, '__mro__') else None)
for args, kw in [((1, 2), {}), ((), {'x': 1})]:
    try:
        bool(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
x = True
x += True
print(x, type(x).__name__)
y = True
y &= False
print(y, type(y).__name__)
print(sum([True, True, False]), max(True, 0), [1, 2, 3][True], {True: 'a', 1: 'b'}, True in {1})
