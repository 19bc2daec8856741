# inline method caches: obj.meth() sites when methods are replaced, shadowed or rebased
N = 200


def call_f(objs):
    return [o.f() for o in objs]


class A:
    def f(self):
        return "A.f"


class B(A):
    pass


class C(A):
    def f(self):
        return "C.f"


a, b, c = A(), B(), C()
print(call_f([a] * N)[-1], call_f([b] * N)[-1], call_f([a, b, c] * N)[-3:])
A.f = lambda self: "new A.f"            # a method replaced on a base
print(call_f([b] * N)[-1], call_f([c] * N)[-1])
b.f = lambda: "instance f"              # an instance attribute shadows the method
print(call_f([b] * N)[-1], call_f([a] * N)[-1])
del b.f
print(call_f([b] * N)[-1])
B.f = staticmethod(lambda: "static f")  # a staticmethod on the subclass
print(call_f([b] * N)[-1])
B.f = classmethod(lambda cls: "class f of " + cls.__name__)
print(call_f([b] * N)[-1])
del B.f
print(call_f([b] * N)[-1])


class Callable:
    def __call__(self):
        return "callable instance"


A.f = Callable()                       # a plain callable, not a function
print(call_f([a] * N)[-1])


# built-in methods, and built-in types' instances through one site
def app(lists):
    for l in lists:
        l.append(1)
    return [len(l) for l in lists]


class MyList(list):
    def append(self, v):
        list.append(self, v)
        list.append(self, v)


print(app([[]] * N)[-1], app([[], MyList()] * 3))


# a module's function, then rebound
import math


def floors(m, n):
    return [m.floor(2.5) for _ in range(n)][-1]


print(floors(math, N))
math.floor = lambda x: "patched"
print(floors(math, N))


# super() calls keep working in hot code
class Sup(A):
    def f(self):
        return "Sup+" + super().f()


A.f = lambda self: "A.f3"
print(call_f([Sup()] * N)[-1])
