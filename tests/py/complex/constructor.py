# complex(): from numbers, strings (CPython's spellings), __complex__, __float__, __index__, keywords, errors
print(complex(), complex(0), complex(1), complex(1.5), complex(True, False), complex(2, 3), complex(2.5, -1))
print(complex(1j), complex(1j, 1j), complex(1.5j, 2j), complex(1 + 2j, 3 + 4j), complex(1, 2j), complex(1j, 2))
print(complex(-0.0, -0.0), complex(0, -0.0), complex(2**53 + 1), complex(real=1, imag=2), complex(imag=2),
      complex(imag=1, real=2), complex(real=3), complex(real='1+2j'), complex(1, imag=5))
z = 1 + 2j
print(complex(z) is z, complex(z) == z)

for s in ['1+2j', ' ( 1+2j ) ', '(1+2j)', 'j', '-j', '+J', '1e5', 'inf+nanj', '-infinityj', '1_0+2_0j',
          '  1+2j\n', '1.e3-.5j', 'nanj', '1e500j', '1_000.5_5e1_0j', '\u20071+2j\u3000', '\u0661',
          '\u0661\u0662.\u0665j', '1\u00a0', '(1)', '(j)', ' j ', '1.e-3j', '.5j', '-.5-.5j', 'infj',
          '-infinity+INFj', 'nan-nanj', '1+j', '1-J', '1E5J', '\t1\n', '\x0c1\x0b', '-0', '-0j', '-0-0j',
          '0.0000000001', '1' * 400, '1e-400j', 'NaN', '+inf-INFINITYJ', '(\t1-1j\t)']:
    print(repr(s), repr(complex(s)))

for s in ['1__0', '_1', '1_', '1_j', '1_+2j', '1+_2j', '1e_5', '1._5', '', '(', ')', '()', '1+', '1+2',
          '\x00', '1\x00', '1\x00_0', '1j+2', '1 + 2j', '(1+2j', '1+2j)', '0x10', '1e', '.j', '+-1', '1+-1j',
          '1--j', '0x1p3', '1e+', ' ', '+', '1+2jj', '1+2j\u00e9', '\u00e9', 'j1', 'jj', '1j1', '((1))',
          'infinit', 'nana', '1+infinitj', '1.2.3', '--1', '1ee5', '1e5.5', '1,5', 'i', 'J+1', '1+2i']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

# argument errors
for args, kw in [((1, 2, 3), {}), ((1, 2), {'imag': 3}), ((1, 2, 3), {'imag': 1}), ((), {'real': 1, 'x': 2}),
                 ((1,), {'real': 2}), ((1, 2), {'real': 2}), ((), {'imag': '1'}), ((), {'real': '1', 'imag': 0}),
                 (('1',), {'imag': 0}), (('1', 2), {}), ((1, '2'), {}), ((None,), {}), (([],), {}),
                 ((b'1',), {}),
                 ((1, None), {}), ((1, []), {}), (({},), {}), ((1, 'j'), {}), ((object(),), {})]:
    try:
        print(complex(*args, **kw))
    except TypeError as e:
        print(len(args), kw, type(e).__name__, e)

for args in [(10**400,), (1, 10**400), (10**400, 1j)]:
    try:
        complex(*args)
    except OverflowError as e:
        print(type(e).__name__, e)

# __complex__, __float__ and __index__
class WithComplex:
    def __complex__(self):
        return 3 + 4j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

class BadComplex:
    def __complex__(self):
        return 1.5

class BadFloat:
    def __float__(self):
        return 'x'

class FloatAndComplex(float):
    def __complex__(self):
        return 9j

class IntSub(int):
    pass

class FloatSub(float):
    def __float__(self):
        return 42.0

print(complex(WithComplex()), complex(WithComplex(), 1), complex(WithFloat()), complex(WithIndex()))
print(complex(1, WithFloat()), complex(WithFloat(), WithIndex()), complex(FloatAndComplex(2.0)))
print(complex(IntSub(5)), complex(FloatSub(1.5)), complex(1, FloatSub(1.5)))
for args in [(BadComplex(),), (BadFloat(),), (1, BadFloat()), (1, WithComplex()), (WithFloat(), 'a')]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(type(e).__name__, e)

class Sub(complex):
    def __complex__(self):
        return 5j

class SubPlain(complex):
    pass

s = SubPlain(1, 2)
print(complex(Sub(1)), complex(Sub(1), 1), repr(complex(s)), type(complex(s)).__name__)
print(type(SubPlain()).__name__, SubPlain(), SubPlain('1+j'), SubPlain(1, 2) == 1 + 2j, SubPlain(3j).imag)
print(s.__complex__(), type(s.__complex__()).__name__, (1j).__complex__() is not None)

# __new__ and other attributes
print(complex.__new__(complex, 1, 2), complex.__new__(SubPlain, 3).real, (1 + 2j).__getnewargs__())
print((1 + 2j).real, (1 + 2j).imag, type((1j).real).__name__, (3 - 4j).conjugate(), (2j).conjugate().imag)
print(complex.conjugate(1 + 1j), complex.__abs__(3 + 4j), isinstance(1j, complex), issubclass(complex, object))
for expr in ["complex.conjugate(1)", "complex.__abs__(1.0)", "(1j).foo", "(1j).conjugate(1)",
             "(1j).__round__()"]:
    try:
        print(eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, type(e).__name__)
