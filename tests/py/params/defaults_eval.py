# params: default values are evaluated once at def time, left to right, positional before keyword-only
log = []
def val(name, v):
    log.append(name)
    return v
def f(a=val('a', 1), b=val('b', []), *, c=val('c', 3), d=val('d', 4)):
    b.append(a)
    return a, b, c, d
print(log)
print(f(), f(), f(b=[]))
print(log)
# positional defaults before keyword-only ones, even when written interleaved in the source
log.clear()
def g(x=val('x', 0), *args, y=val('y', 1), z=val('z', 2), **kw): pass
print(log)
# lambda defaults likewise
log.clear()
lam = lambda p=val('p', 'P'), *, q=val('q', 'Q'): (p, q)
print(log, lam())
# defaults see the enclosing scope at def time
n = 10
def h(v=n):
    return v
n = 20
print(h())
# a mutable default shared across calls
def acc(x, into=[]):
    into.append(x)
    return into
acc(1); acc(2)
print(acc(3), acc.__defaults__)
# defaults evaluated before the decorator is applied
log.clear()
def deco(fn):
    log.append('deco')
    return fn
@deco
def k(a=val('default', 0)): pass
print(log)
# __defaults__ and __kwdefaults__ reflect the def and can be replaced
def m(a, b=2, c=3, *, d=4, e): return a, b, c, d, e
print(m.__defaults__, m.__kwdefaults__)
m.__defaults__ = (20, 30)
print(m(1, e=5))
m.__defaults__ = None
try:
    m(1, e=5)
except TypeError as ex:
    print('TypeError', ex)
m.__defaults__ = (7, 8, 9)
print(m(e=0))
def nodef(a): pass
print(nodef.__defaults__, nodef.__kwdefaults__)
# defaults in nested functions are evaluated each time the outer runs
def outer(i):
    def inner(v=val('inner%d' % i, i)):
        return v
    return inner
log.clear()
fs = [outer(i) for i in range(3)]
print(log, [fn() for fn in fs])
# a default that raises prevents the def
try:
    def bad(a=1 / 0): pass
except ZeroDivisionError as ex:
    print('ZeroDivisionError', ex)
try:
    bad
except NameError as ex:
    print('NameError', ex)
