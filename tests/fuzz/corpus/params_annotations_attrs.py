# params: __annotations__ of functions and their evaluation order relative to defaults
log = []
def note(name):
    log.append(name)
    return name
def f(a: note('ann a') = note('def a'), *args: note('ann args'), b: note('ann b') = note('def b'),
      **kw: note('ann kw')) -> note('ann ret'):
    pass
print(log)
print(f.__annotations__)
def g(x, y): pass
print(g.__annotations__)
def h(x: int, y: 'str' = 'v') -> list: pass
print(h.__annotations__)
print(list(h.__annotations__))
lam = lambda x: x
print(lam.__annotations__)
# annotations are a dict that can be replaced
h.__annotations__ = {'new': 1}
print(h.__annotations__)
# methods
class C:
    def m(self, v: int) -> None: pass
print(C.m.__annotations__, C().m.__annotations__)
# module-level variable annotations
x: int = 5
y: str
print(x, 'y' in globals(), __annotations__)
# annotations in a class body
class D:
    a: int = 1
    b: 'later'
print(D.__annotations__, D.a, hasattr(D, 'b'))
# annotated assignment targets that are not names are evaluated but not recorded
class Obj: pass
o = Obj()
o.attr: int = 3
dd = {}
dd['k']: str = 'v'
print(o.attr, dd)
# annotation of a local variable does not create an entry anywhere visible
def loc():
    z: int = 1
    w: str
    return z
print(loc(), loc.__annotations__)
# the order of the dict: regular params, then positional-only, *args, keyword-only, **kw, return
def order(p: 'p', /, a: 'a', *v: 'v', k: 'k', **w: 'w') -> 'r': pass
print(list(order.__annotations__))
# private names are mangled in class bodies
class M:
    def meth(self, __secret: int, normal: str): pass
print(M.meth.__annotations__)
