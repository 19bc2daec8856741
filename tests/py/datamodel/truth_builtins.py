# the built-ins that test truth use __bool__ and __len__
class T:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    def __repr__(self): return 'T(%s)' % self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __repr__(self): return 'L(%d)' % self.n
items = [T(True), T(False), L(0), L(2)]
print(all(items), any(items), list(filter(None, items)), [bool(x) for x in items])
print(all([T(True), L(1)]), any([T(False), L(0)]), all([]), any([]))
print(T(False) or 'default', T(True) and 'second', L(0) or L(5), not L(0))
print('yes' if L(1) else 'no', 'yes' if T(False) else 'no')
n = 0
while L(3 - n):
    n += 1
print(n)
print([x for x in items if x])
print(T(True) if T(False) else T(True))
assert T(True)
try:
    assert L(0), 'empty'
except AssertionError as e:
    print('AssertionError', e.args)
# errors propagate out of the built-ins
class Bad:
    def __bool__(self): raise ValueError('no truth')
for f in (bool, lambda x: not x, lambda x: all([x]), lambda x: any([x]), lambda x: list(filter(None, [x]))):
    try:
        f(Bad())
    except ValueError as e:
        print(e)
