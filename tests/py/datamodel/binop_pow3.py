# pow() with three arguments calls __pow__(b, m); __rpow__ is not used for three
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
print(pow(P(), 2, 3))
print(pow(P(), 2))
print(P() ** 2)
print(2 ** P(), pow(2, P()))
try:
    pow(2, P(), 3)
except TypeError as e:
    print(e)
class Two:
    def __pow__(self, o): return 'two-arg only'
print(Two() ** 3)
try:
    pow(Two(), 3, 5)
except TypeError as e:
    print(type(e).__name__)
print(pow(3, 4, 5), pow(-2, 3, 7), pow(2, -1, 5), pow(3, 0, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
try:
    pow(2, 3, 'x')
except TypeError as e:
    print(e)
try:
    pow('a', 2, 3)
except TypeError as e:
    print(e)
try:
    pow(4, -1, 2)
except ValueError as e:
    print(e)
# __index__ is not enough for three-argument pow
class Ix:
    def __index__(self): return 3
try:
    pow(Ix(), 2, 5)
except TypeError as e:
    print(e)
print(pow(True, 2, 5), pow(10**20, 3, 10**9+7))
print(pow(base=2, exp=5, mod=7))
print(pow(2, 5, None))
