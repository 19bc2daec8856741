# truth via __bool__, then __len__, else true; their wrong results raise
class T:
    def __bool__(self): return True
class F:
    def __bool__(self): return False
class L0:
    def __len__(self): return 0
class L3:
    def __len__(self): return 3
class Neither:
    pass
for o in (T(), F(), L0(), L3(), Neither()):
    print(type(o).__name__, bool(o), not o, 'yes' if o else 'no')
# __bool__ wins over __len__
class BL:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(BL()), len(BL()))
# bad __bool__ results
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
try:
    if BadBool(): pass
except TypeError as e:
    print(e)
class NoneBool:
    def __bool__(self): return None
try:
    not NoneBool()
except TypeError as e:
    print(e)
# __len__ results
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
try:
    bool(Neg())
except ValueError as e:
    print(e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(e)
try:
    bool(FloatLen())
except TypeError as e:
    print(e)
class StrLen:
    def __len__(self): return '2'
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()), bool(BoolLen()))
class HugeLen:
    def __len__(self): return 2**100
try:
    len(HugeLen())
except OverflowError as e:
    print(e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
try:
    print(len(IndexLen()))
except TypeError as e:
    print(e)
try:
    len(Neither())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
# __bool__ = None
class BN:
    __bool__ = None
try:
    bool(BN())
except TypeError as e:
    print(e)
# while and boolean operators use truth
n = L3()
print(n and 'and', F() or 'or', type(F() and 'x').__name__)
class Count:
    def __init__(self): self.n = 3
    def __bool__(self):
        self.n -= 1
        return self.n >= 0
c = Count()
while c:
    print('tick', c.n)
# subclasses of built-ins
class MyList(list):
    def __len__(self): return 0
print(bool(MyList([1, 2])), len(MyList([1, 2])))
class MyInt(int):
    def __bool__(self): return True
print(bool(MyInt(0)))
