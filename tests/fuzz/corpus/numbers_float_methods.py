# numbers: float methods and attributes: is_integer, as_integer_ratio, __trunc__/__floor__/__ceil__/__round__, conjugate, real/imag, dunders
for x in [0.0, -0.0, 1.0, 1.5, -1.5, 2.5, -2.5, 0.1, 1e300, -1e-300, 5e-324, 2.0**52 + 0.5, 123456789.75]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.__trunc__(), x.__floor__(), x.__ceil__(),
          x.__round__(), x.__int__(), repr(x.conjugate()), repr(x.real), repr(x.imag), x.__getnewargs__())
for x in [float('inf'), float('nan')]:
    print(x.is_integer(), x.conjugate(), x.real, x.imag, abs(-x), x.hex())
print(type((1.5).__trunc__()).__name__, type((1e300).__floor__()).__name__, (1e300).__floor__() == 10**300)
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__add__('a'), (2.5).__sub__(True), (2.5).__rsub__(10))
print((2.5).__mul__(2), (2.5).__truediv__(2), (2.5).__rtruediv__(5), (2.5).__pow__(2), (2.5).__rpow__(2))
print((7.5).__floordiv__(2), (7.5).__rfloordiv__(20), (7.5).__mod__(2), (7.5).__rmod__(20), (7.5).__divmod__(2),
      (7.5).__rdivmod__(20))
print((2.5).__neg__(), (2.5).__pos__(), (-2.5).__abs__(), (2.5).__bool__(), (0.0).__bool__(), (2.5).__float__())
print((2.5).__eq__(2.5), (2.5).__ne__(2), (2.5).__lt__(3), (2.5).__ge__(10**30), (2.5).__hash__() == hash(2.5))
print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ['int', 1]:
    try:
        float.__getformat__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1.5).is_integer(1)
except TypeError as e:
    print(type(e).__name__, e)
class F(float):
    pass
f = F(2.5)
print(type(f.real).__name__, type(f.conjugate()).__name__, type(-f).__name__, type(+f).__name__, type(abs(f)).__name__,
      f.as_integer_ratio(), f.is_integer(), type(f.__round__(1)).__name__)
