# basics2: name resolution in class bodies: class vars invisible to methods, enclosing function vars visible
x = 'g'
class A:
    x = 'class'
    def f(self):
        return x
    y = x
print(A().f(), A.y)
def fn():
    x = 'local'
    class B:
        y = x
        x = 'B'
        z = x
    return B.y, B.z
print(fn())
def fn2():
    x = 'enclosing'
    class C:
        seen = x
        def m(self):
            return x
    return C.seen, C().m()
print(fn2())
def fn3():
    class D:
        a = 1
        def m(self):
            return a
    try:
        return D().m()
    except NameError as e:
        return 'NameError: ' + str(e)
print(fn3())
class E:
    def __init__(self):
        self.__p = 1
    def get(self):
        return self.__p
e = E()
print(e.get(), e._E__p, hasattr(e, '__p'))
class F:
    __q = 5
    def m(self):
        return F.__q, self.__q
print(F().m(), sorted([k for k in F.__dict__ if 'q' in k]))
class G:
    v = 1
    @classmethod
    def cm(cls):
        return cls.v
class H(G):
    v = 2
print(G.cm(), H.cm(), H().cm())
class I:
    def m(self):
        return __class__
print(I().m().__name__)
class J:
    items = [1, 2, 3]
    total = sum(items)
    first, *rest = items
    del items
print(J.total, J.first, J.rest, hasattr(J, 'items'))
