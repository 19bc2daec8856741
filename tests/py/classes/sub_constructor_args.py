# constructor arguments of built-in subclasses: __new__/__init__ signatures and errors
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S(set):
    def __init__(self, a, b):
        super().__init__([a, b])
attempt(lambda: sorted(S(1, 2)))

class F(frozenset):
    def __init__(self, a, b):
        pass
attempt(lambda: F(1, 2))

class D(dict):
    def __init__(self, a, b):
        super().__init__(k=a + b)
attempt(lambda: D(1, 2))

class L(list):
    def __init__(self, *a):
        super().__init__(a)
attempt(lambda: L(1, 2, 3))

class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
    def __init__(self, *a):
        self.n = len(a)
attempt(lambda: (T(1, 2), T(1, 2).n))

class Fl(float):
    def __init__(self, v, unit):
        self.unit = unit
attempt(lambda: Fl(1.5, "m"))

class St(str):
    def __new__(cls, v, extra):
        return super().__new__(cls, v)
    def __init__(self, v, extra):
        self.extra = extra
attempt(lambda: (St("a", 1), St("a", 1).extra))

class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
attempt(lambda: repr(E(1, 2)))

class B(bytes):
    def __new__(cls, n):
        return super().__new__(cls, b"x" * n)
attempt(lambda: B(3))

class O:
    def __init__(self, a):
        pass
attempt(lambda: O(1, 2))
attempt(lambda: O())

# too many arguments or keywords for the built-in part
for base in (tuple, frozenset, set, list, dict, int, float, str, bytes):
    C = type("C", (base,), {})
    attempt(lambda: C(1, 2, 3, 4))
    if base is not dict:
        attempt(lambda: C(x=1))
