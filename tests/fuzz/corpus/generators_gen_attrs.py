# generators: gi_running, gi_suspended, gi_code, gi_yieldfrom, names and repr shape
def g():
    yield 1
    yield 2

def d():
    yield from g()

x = g()
print(x.__name__, x.__qualname__, x.gi_code.co_name if hasattr(x.gi_code, "co_name") else "g")
print(x.gi_running, x.gi_suspended)
next(x)
print(x.gi_running, x.gi_yieldfrom)
list(x)
print(x.gi_running, x.gi_suspended, x.gi_yieldfrom)
y = d()
next(y)
print(type(y.gi_yieldfrom).__name__)
print(repr(x).startswith("<generator object g at "))
class K:
    def meth(self):
        yield self
k = K()
m = k.meth()
print(m.__qualname__)
print(next(m) is k)
m.__name__ = "renamed"
print(m.__name__)
try:
    m.__name__ = 5
except TypeError:
    print("TypeError")
def inner_running():
    yield me.gi_running
me = inner_running()
print(next(me))
