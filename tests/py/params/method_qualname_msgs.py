# params: argument errors name functions by __qualname__: methods, nested classes, closures, lambdas
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(e)
class Outer:
    def method(self, a): pass
    @staticmethod
    def smeth(a): pass
    @classmethod
    def cmeth(cls, a): pass
    class Inner:
        def deep(self, *, k): pass
        class Innermost:
            def __init__(self, x): pass
    lam = lambda self, q: q
def factory():
    def made(a, b=1): pass
    class Local:
        def m(self): pass
    return made, Local
made, Local = factory()
attempt(lambda: Outer().method())
attempt(lambda: Outer().method(1, 2))
attempt(lambda: Outer.smeth())
attempt(lambda: Outer.cmeth(1, 2))
attempt(lambda: Outer.Inner().deep(1))
attempt(lambda: Outer.Inner().deep())
attempt(lambda: Outer.Inner.Innermost())
attempt(lambda: Outer.Inner.Innermost(1, 2))
attempt(lambda: Outer().lam())
attempt(lambda: made())
attempt(lambda: made(1, 2, 3))
attempt(lambda: made(1, c=2))
attempt(lambda: Local().m(1))
attempt(lambda: Outer().method(1, a=2))
print(Outer.method.__qualname__, Outer.Inner.deep.__qualname__, made.__qualname__)
print(Local.m.__qualname__, Outer.lam.__qualname__, Outer.Inner.Innermost.__qualname__)
print(Outer().method.__qualname__, Outer.smeth.__qualname__, Outer.cmeth.__qualname__)
def gen_name():
    return (lambda: 0).__qualname__
print(gen_name(), [lambda: 0][0].__qualname__)
