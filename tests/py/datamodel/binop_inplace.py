# in-place operators use __iop__, fall back to the binary form, and rebind the target
class I:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'I(%d)' % self.n
    def __iadd__(self, o): self.n += o; return self
    def __isub__(self, o): self.n -= o; return self
    def __imul__(self, o): self.n *= o; return self
    def __imatmul__(self, o): return 'imatmul'
    def __itruediv__(self, o): return 'itruediv'
    def __ifloordiv__(self, o): return 'ifloordiv'
    def __imod__(self, o): return 'imod'
    def __ipow__(self, o): return 'ipow'
    def __ilshift__(self, o): return 'ilshift'
    def __irshift__(self, o): return 'irshift'
    def __iand__(self, o): return 'iand'
    def __ior__(self, o): return 'ior'
    def __ixor__(self, o): return 'ixor'
x = I(1)
y = x
x += 5
print(x, y, x is y)
x -= 2; print(x)
x *= 3; print(x)
z = I(0); z @= 1; print(z)
z = I(0); z /= 1; print(z)
z = I(0); z //= 1; print(z)
z = I(0); z %= 1; print(z)
z = I(0); z **= 1; print(z)
z = I(0); z <<= 1; print(z)
z = I(0); z >>= 1; print(z)
z = I(0); z &= 1; print(z)
z = I(0); z |= 1; print(z)
z = I(0); z ^= 1; print(z)
# falls back to __add__ when there is no __iadd__
class B:
    def __init__(self, n): self.n = n
    def __add__(self, o): return B(self.n + o)
    def __radd__(self, o): return 'B.radd'
b = B(1)
c = b
b += 10
print(b.n, c.n, b is c)
# __iadd__ returning NotImplemented falls back to __add__, then __radd__
class N:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'N.add'
n = N()
n += 1
print(n)
class M:
    def __iadd__(self, o): return NotImplemented
m = M()
m += B(0)
print(m)
m = M()
try:
    m += 1
except TypeError as e:
    print(e)
# __iadd__ may return anything; that becomes the new value
class W:
    def __iadd__(self, o): return 42
w = W()
w += 1
print(w)
# in-place on items and attributes
class H:
    pass
h = H()
h.v = I(1)
h.v += 1
print(h.v)
d = {'k': I(2)}
d['k'] *= 4
print(d)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
try:
    x = I(1); x **= 2; print(x)
    k = B(1); k **= 2
except TypeError as e:
    print(e)
