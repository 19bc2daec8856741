# types2: truthiness via __bool__ and __len__, precedence, errors from bad __bool__/__len__
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither:
    pass
print(bool(L(0)), bool(L(3)), bool(B(False)), bool(B(True)), bool(Both()), bool(Neither()))
print('yes' if L(2) else 'no', 'yes' if L(0) else 'no', not L(0))
x = 0
while L(x):
    x -= 1
    if x < -2: break
print(x)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print('ValueError', e)
class StrLen:
    def __len__(self): return 'x'
try:
    len(StrLen())
except TypeError as e:
    print('TypeError', e)
print(bool(0.0), bool(-0.0), bool(1e-300), bool(''), bool(' '), bool([]), bool([0]), bool({}), bool(range(0)), bool(range(1)))
print(bool(()), bool((None,)), bool(set()), bool(frozenset([0])), bool(None), bool(2**100), bool(0 * 2**100))
print([v for v in (0, 1, '', 'a', [], [[]], None, L(1)) if v].__len__())
class Sub(list):
    pass
print(bool(Sub()), bool(Sub([1])))
class Sub2(int):
    def __bool__(self): return True
print(bool(Sub2(0)))
