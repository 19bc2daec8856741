# numbers: int's methods and attributes: as_integer_ratio, conjugate, real/imag/numerator/denominator, __round__, dunders, __getnewargs__
for v in [0, 5, -7, 2**100, True, False]:
    print(v, v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator,
          type(v.real).__name__, type(v.conjugate()).__name__, v.__getnewargs__())
print(hasattr(5, 'is_integer'))
for v, n in [(5, -1), (15, -1), (25, -1), (-25, -1), (35, -1), (1234567, -3), (1500, -3), (2500, -3),
             (-2500, -3), (5, 0), (5, 2), (10**30 + 5 * 10**9, -10), (7, 10**20), (True, -1)]:
    print(v, n, round(v, n), v.__round__(n), type(round(v, n)).__name__)
print(round(5), (5).__round__(), round(5, None))
for bad in [None, 1.0, '1']:
    try:
        (5).__round__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        round(5, bad)
    except TypeError as e:
        print('round', type(e).__name__, e)
print((5).__add__(2), (5).__add__(2.0), (5).__radd__(3), (5).__sub__(True), (5).__mul__('a'))
print((5).__truediv__(2), (5).__floordiv__(2), (5).__mod__(-3), (5).__divmod__(3), (5).__rdivmod__(17))
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((5).__eq__(5), (5).__eq__(5.0), (5).__lt__(6.5), (5).__ne__('a'), (5).__hash__() == hash(5))
print((5).__int__(), (5).__index__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print(True.__int__(), type(True.__index__()).__name__, True.__float__(), (-3).__abs__())
print(int.__new__(int, 5), type(int.__new__(int)).__name__)
try:
    (2**2000).__float__()
except OverflowError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
m = MyInt(7)
print(type(m.real).__name__, type(+m).__name__, type(-m).__name__, type(abs(m)).__name__, m.as_integer_ratio())
print(type(m.numerator).__name__, type(m.__round__()).__name__, type(m.conjugate()).__name__, m.__getnewargs__())
