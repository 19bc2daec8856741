# scopes: class bodies: names are not visible in methods, lambdas or comprehensions defined inside
x = 'global x'
class A:
    x = 'class x'
    def m(self):
        return x
    lam = lambda self: x
    same = x
print(A().m(), A().lam(), A.same)

def f():
    y = 'function y'
    class B:
        y = 'class y'
        def m(self):
            return y
        z = y
    return B().m(), B.z
print(f())

v = 'global v'
def g():
    v = 'enclosing'
    class C:
        w = v         # v is assigned in the body, so it is looked up in globals, not the function
        v = 'class v'
        u = v
    class C2:
        w = v         # not assigned in the body: the enclosing function's v
    return C.w, C.u, C2.w
print(g())

class D:
    a = 1
    b = a + 1
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = 'NameError: ' + str(e)
    d = [i for i in range(a, b + 2)]   # the first iterable is evaluated in the class scope
print(D.b, D.c, D.d)

class E:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        pairs = [(v, w) for v in vals for w in vals[:1]]
    except NameError as e:
        pairs = 'NameError: ' + str(e)
print(E.doubled, E.pairs)

class F:
    n = 3
    try:
        g = {k: n for k in range(2)}
    except NameError as e:
        g = 'NameError: ' + str(e)
print(F.g)

# a nested class does not see the outer class's names
class Outer:
    secret = 'outer'
    class Inner:
        try:
            seen = secret
        except NameError as e:
            seen = 'NameError: ' + str(e)
print(Outer.Inner.seen)

# methods see class names only through self or the class
class G:
    k = 'K'
    def via_self(self): return self.k
    def via_class(self): return G.k
print(G().via_self(), G().via_class())

# class-body names shadow globals only inside the body
class H:
    print = 'shadowed print'
    val = print
print(H.val)
print('print still works')

# del inside a class body
class I:
    temp = 1
    del temp
print(hasattr(I, 'temp'))
