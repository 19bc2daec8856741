# repr and str of complex: parentheses, signs, zeros, inf and nan, exponents, subclasses
inf, nan = float('inf'), float('nan')
vals = [0j, 1j, -1j, 1 + 1j, 1 - 1j, -1 - 1j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
        1.5 + 2.25j, complex(1e16, 1), complex(1e-5, 1e16), complex(1.5e-7, 1), complex(123456789012345678, 1),
        complex(1e22, 1e-22), complex(0.1, 0.2), complex(1 / 3, 2 / 3), complex(100, 1000.0),
        complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan),
        complex(1, nan), complex(nan, -nan), complex(-nan, -nan), complex(inf, nan), 1e16j, 1e15j,
        complex(5e-324, -5e-324), complex(1.7976931348623157e308, 2.2250738585072014e-308),
        complex(-1e-4, 1e-5), complex(12345.678, -0.0001)]
for v in vals:
    print(repr(v), str(v), '%s %r' % (v, v), f'{v} {v!r} {v!s}', [v], (v,))

class C(complex):
    pass

class R(complex):
    def __repr__(self):
        return 'R!'

c = C(1, 2)
print(repr(c), str(c), type(c).__name__, type(c + 1).__name__, type(-c).__name__, type(+c).__name__)
print(repr(R(1, 2)), str(R(1, 2)), format(R(3), ''), f'{R(1)}', [R(2j)])
