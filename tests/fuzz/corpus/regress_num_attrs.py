# Guards: int has real/imag/numerator/denominator and float real/imag (and both conjugate()), as exact int/float values.
for v in [0, 5, -7, 10 ** 30, -(10 ** 25), True, False]:
    print(v, v.real, v.imag, v.numerator, v.denominator, v.conjugate(),
          type(v.real).__name__, type(v.numerator).__name__, type(v.conjugate()).__name__)
for v in [0.0, -2.5, 1e300, float('inf')]:
    print(v, v.real, v.imag, v.conjugate(), type(v.real).__name__, type(v.imag).__name__)


class I(int):
    pass


class F(float):
    pass


i = I(4)
f = F(2.5)
print(type(i.real).__name__, type(i.numerator).__name__, i.imag, i.denominator)
print(type(f.real).__name__, f.real, f.imag, type(f.conjugate()).__name__)
print((3).real + (4).imag, hasattr(1, 'real'), hasattr(1.0, 'numerator'), getattr(2, 'denominator'))
for obj, name in [(1.0, 'numerator'), (1, 'foo'), (1.0, 'denominator')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print('AttributeError', e)
