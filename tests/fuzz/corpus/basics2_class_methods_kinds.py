# basics2: classmethod, staticmethod and property: access via class and instance, inheritance
class P:
    n = 0
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, x):
        self._v = x
    @classmethod
    def build(cls, v):
        cls.n += 1
        return cls(v)
    @staticmethod
    def add(a, b):
        return a + b
class Q(P):
    pass
p = P.build(3)
print(p.v, P.n)
p.v = 5
print(p.v, p._v)
q = Q.build(1)
print(type(q).__name__, Q.n, P.n)
print(P.add(1, 2), p.add(3, 4), Q.add('a', 'b'))
print(type(P.__dict__['add']).__name__, type(P.__dict__['build']).__name__, type(P.__dict__['v']).__name__)
class R:
    @property
    def ro(self):
        return 'ro'
r = R()
try:
    r.ro = 1
except AttributeError as e:
    print('AttributeError')
print(isinstance(P.v, property), r.ro)
f = P.build
print(f(7).v)
s = staticmethod(len)
class S:
    ln = s
print(S.ln('abcd'), S().ln('ab'))
