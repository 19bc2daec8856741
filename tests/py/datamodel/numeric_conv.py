# int(), float() and friends on user classes: __int__, __index__, __float__
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
n = N()
print(int(n), float(n), hex(n), [0, 1, 2, 3, 4][n])
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()), float(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.25
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self): return '1'
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return 1.0
try:
    int(BadIndex())
except TypeError as e:
    print(e)
class Nothing:
    pass
try:
    int(Nothing())
except TypeError as e:
    print(e)
try:
    float(Nothing())
except TypeError as e:
    print(e)
# subclasses of int and float
class MyInt(int):
    def __int__(self): return 100
print(int(MyInt(5)), MyInt(5) + 0, float(MyInt(5)))
class MyFloat(float):
    def __float__(self): return 9.0
print(float(MyFloat(1.5)), MyFloat(1.5) + 0, int(MyFloat(1.5)))
# int() of strings with surrounding space and underscores still works
print(int(' 42 '), int('1_000'), float(' 1.5 '), int('-0x1f', 16), int('0o17', 0))
# float() of an int-like __index__ object and of large ints
print(float(OnlyIndex()), float(2**60), int(1e20))
try:
    float(2**2000)
except OverflowError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
# math-like use in arithmetic with floats
class Half:
    def __float__(self): return 0.5
try:
    1.0 + Half()
except TypeError as e:
    print(e)
# bool() of numbers and of objects with __index__ only (truth is not __index__)
print(bool(0.0), bool(-0.0), bool(1), bool(OnlyIndex()))
