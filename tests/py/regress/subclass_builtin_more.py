# Guards: subclasses of property, classmethod, staticmethod, super, zip, map, filter, enumerate and exception types allocate room for their instance dict (they once wrote past the object).
class P(property): pass
class C:
    @P
    def v(self): return 3
p = C.__dict__['v']; p.x = 1; print(C().v, p.x)
class CM(classmethod): pass
class SM(staticmethod): pass
class K:
    @CM
    def c(cls): return cls.__name__
    @SM
    def s(): return 's'
K.__dict__['c'].x = 1; K.__dict__['s'].y = 2
print(K.c(), K.s(), K.__dict__['c'].x, K.__dict__['s'].y)
class Z(zip): pass
z = Z([1, 2], 'ab'); z.x = 1; print(list(z), z.x)
class M(map): pass
m = M(str, [1, 2]); m.x = 1; print(list(m), m.x)
class Fi(filter): pass
fi = Fi(None, [0, 1, 2]); fi.x = 1; print(list(fi), fi.x)
class Sup(super): pass
class A:
    def f(self): return 'A'
class B(A):
    def f(self): 
        s = Sup(B, self); s.x = 1
        return s.f() + str(s.x)
print(B().f())
class Meta(type): pass
class W(metaclass=Meta): pass
W.x = 1; print(W.x, type(W).__name__)
class O(object): pass
o = O(); o.x = 1; print(o.x)
class BE(BaseException): pass
be = BE('m'); be.x = 1; print(be.x, be.args)
class OE(OSError): pass
oe = OE(2, 'no'); oe.x = 1; print(oe.x, oe.errno, oe.strerror)
class SI(StopIteration): pass
si = SI(5); si.x = 1; print(si.value, si.x)
class KE(KeyError): pass
ke = KE('k'); ke.x = 1; print(str(ke), ke.x)
class En(enumerate): pass
en = En('ab'); en.x = 1; print(list(en), en.x)
class A2: pass
class X(A2, tuple): pass
x = X((1, 2)); x.a = 1; print(x, x.a)
class Y(tuple, A2): pass
y = Y((3,)); y.b = 2; print(y, y.b)
class T(tuple): pass
class Z(T, A2): pass
z = Z('ab'); z.c = 3; print(z, z.c)
for bases in [(Exception, tuple), (str, tuple), (list, dict), (int, str)]:
    try:
        type('Bad', bases, {})
    except TypeError as e:
        print('TypeError', e)
