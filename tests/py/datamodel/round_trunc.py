# round() uses __round__, int() falls back to __trunc__, floor/ceil dunders on numbers
class R:
    def __round__(self, *args): return ('round', args)
print(round(R()), round(R(), 2), round(R(), None), round(R(), ndigits=3))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(e)
try:
    round('1.5')
except TypeError as e:
    print(e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2), round(15, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print((2.7).__trunc__(), (-2.7).__floor__(), (2.1).__ceil__(), (7).__floor__(), (7).__round__(-1))
print((3.14159).__round__(2), (3.5).__round__())
# int() via __trunc__ works but warns in CPython 3.11, so it is not printed here
class IntFirst:
    def __int__(self): return 1
    def __index__(self): return 2
    def __trunc__(self): return 3
print(int(IntFirst()))
class IndexSecond:
    def __index__(self): return 2
    def __trunc__(self): return 3
print(int(IndexSecond()))
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(e)
class Nothing:
    pass
try:
    int(Nothing())
except TypeError as e:
    print(e)
class RoundNI:
    def __round__(self, n=None): return NotImplemented
print(round(RoundNI()))
