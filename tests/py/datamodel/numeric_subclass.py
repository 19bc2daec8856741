# int and float subclasses: their overrides win over the built-in fast paths
class MI(int):
    def __divmod__(self, o): return 'MI.divmod'
    def __rdivmod__(self, o): return 'MI.rdivmod'
    def __pow__(self, o, m=None): return ('MI.pow', m)
    def __rpow__(self, o, m=None): return ('MI.rpow', m)
    def __abs__(self): return 'MI.abs'
    def __round__(self, n=None): return 'MI.round'
print(divmod(MI(7), 2), divmod(7, MI(2)), pow(MI(2), 3, 5), pow(2, MI(3)), pow(MI(2), 3))
print(abs(MI(-1)), round(MI(3)), MI(2) ** 2, 2 ** MI(2))
class MF(float):
    def __divmod__(self, o): return 'MF.divmod'
    def __abs__(self): return 'MF.abs'
    def __neg__(self): return 'MF.neg'
print(divmod(MF(7.0), 2), abs(MF(-1.0)), -MF(1.0), +MF(1.0), type(+MF(1.0)).__name__)
# plain subclasses behave as the base and return base-type results
class PI(int):
    pass
class PF(float):
    pass
print(divmod(PI(7), 2), type(divmod(PI(7), 2)[0]).__name__, abs(PI(-3)), type(abs(PI(-3))).__name__)
print(pow(PI(2), 10, 1000), PI(3) + PI(4), type(PI(3) + PI(4)).__name__, abs(PF(-1.5)), round(PF(2.5)))
print(PI(5) // 2, PI(5) % 3, PI(5) / 2, PI(5) << 1, PI(6) & 3, -PI(5), ~PI(5), PF(1.5) * 2, PF(1.0) / 4)
# built-in divmod results and errors
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(True, 3), divmod(2**70, 3))
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (True, False)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
# divmod on user classes
class D:
    def __divmod__(self, o): return ('D.divmod', o)
    def __rdivmod__(self, o): return ('D.rdivmod', o)
print(divmod(D(), 1), divmod(1, D()), divmod(D(), D())[0])
class FloorOnly:
    def __floordiv__(self, o): return 1
    def __mod__(self, o): return 0
try:
    divmod(FloorOnly(), 2)
except TypeError as e:
    print(e)
class NI:
    def __divmod__(self, o): return NotImplemented
try:
    divmod(NI(), 2)
except TypeError as e:
    print(e)
print(int.__divmod__(7, 2), float.__divmod__(7.0, 2), int.__rdivmod__(2, 7), int.__divmod__(7, 2.0))
try:
    float.__divmod__(1.0, 0)
except ZeroDivisionError as e:
    print(e)
