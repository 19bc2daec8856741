# numbers: Python subclasses of int and float: constructors, overridden dunders and reflected operators, results' types
class I(int):
    def __add__(self, o):
        return 'I.add'
    def __radd__(self, o):
        return 'I.radd'
class F(float):
    def __rsub__(self, o):
        return 'F.rsub'
    def __float__(self):
        return 9.5
class J(int):
    def __int__(self):
        return 42
    def __index__(self):
        return 43
i, f, j = I(5), F(2.5), J(7)
print(i + 1, 1 + i, i + i, 2.0 + i, i - 1, type(i - 1).__name__, i * 2, -i, type(-i).__name__)
print(1 - f, 1.0 - f, f - 1, type(f - 1).__name__, float(f), type(float(f)).__name__, int(f), f == 2.5)
print(int(j), hex(j), j + 0, type(j + 0).__name__, int(j) == 42, bin(j))
print(I('12'), I('ff', 16), I(b'7'), F('1e3'), F(' inf '), F(7), type(I(3)).__name__, type(F()).__name__)
print(repr(I(10**30)), I(10**30) // 7, hash(I(5)) == hash(5), I(5) == 5, F(1.5) == 1.5, {I(5): 1}[5])
print(isinstance(I(1), int), isinstance(F(1), float), I.__mro__[1].__name__, F.__mro__[1].__name__)
class G(float):
    pass
print(type(G.fromhex('0x1p0')).__name__, G.fromhex('0x1p3'), type(I.from_bytes(b'\x01', 'big')).__name__)
print(round(F(2.5)), round(G(3.75), 1), type(round(G(3.75), 1)).__name__, abs(G(-1.5)), type(abs(G(-1.5))).__name__)
try:
    I('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    G('x')
except ValueError as e:
    print(type(e).__name__, e)
