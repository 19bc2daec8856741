# basics2: operator dunders on user classes: reflected ops, NotImplemented fallbacks, 3-arg pow, errors
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'V(%r)' % (self.v,)
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(('r', o))
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return V('rsub')
    def __mul__(self, o): return V(self.v * o)
    def __neg__(self): return V(-self.v)
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return 'le'
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __contains__(self, x): return x == 'in'
    def __len__(self): return 3
    def __getitem__(self, i): return ('gi', i)
    def __call__(self, *a, **k): return ('called', a, k)
    def __index__(self): return 2
    def __int__(self): return 7
    def __float__(self): return 1.5
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return 'rpow'
    def __rlshift__(self, o): return 'rlsh'
    def __matmul__(self, o): return 'matmul'
a = V(1)
print(a + 1, 1 + a, a + a, 1 - a, a * 3, -a, +a, ~a, abs(a))
print(a < V(2), V(2) > a, a <= 1, 1 >= a, a == V(1), a != V(1), 'in' in a, 'out' not in a, len(a))
print(a[1:2], a[1, 2], a[...], a(1, k=2), [10, 20, 30][a], 'abcd'[a:], int(a), float(a), hex(a), range(a))
print(a ** 2, pow(a, 2, 3), 2 ** a, 1 << a, a @ a, [1, 2] * a, sorted([V(3), V(1)]))
x = V(5)
x += 1
x *= 2
print(x)
class N:
    def __pow__(self, o, m=None): return NotImplemented
class R:
    def __rpow__(self, o, m=None): return 'rpow'
class W:
    pass
for f in (lambda: a - 1, lambda: pow(N(), 2, 3), lambda: pow(W(), 2, 3), lambda: pow(2, W(), 3),
          lambda: pow(2, 2, W()), lambda: pow(2.0, 2, 3), lambda: pow(2, 2, 3.0), lambda: pow(2, R(), 3),
          lambda: W() + 1, lambda: 1 + W(), lambda: W() < W(), lambda: -W(), lambda: W() @ 1,
          lambda: W() ** 2, lambda: W()[0], lambda: len(W()), lambda: W()(), lambda: 'x' in W(),
          lambda: int(W()), lambda: float(W()), lambda: [1][W()], lambda: 1 @ a):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(pow(2, R()), pow(True, 2, 3), W() == W())
def augw():
    w = W()
    w += 1
def augw2():
    w = 1
    w //= 'a'
def augw3():
    w = [1]
    w -= [1]
for f in (augw, augw2, augw3):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
