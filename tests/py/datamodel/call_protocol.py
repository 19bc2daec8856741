# __call__ makes instances callable, with every argument form
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, sorted(kw.items())
a = Adder(10)
print(a(1))
print(a(1, 2, 3, scale=2, z=5))
print(a(*[4, 5], **{'scale': 3}))
print(callable(a), callable(Adder), callable(5), callable(print), callable(None))
print(list(map(Adder(1), [1, 2])))
print(sorted([3, 1, 2], key=Adder(0)))
# __call__ is looked up on the type
class P:
    pass
p = P()
p.__call__ = lambda: 'instance'
try:
    p()
except TypeError as e:
    print(e)
print(callable(p))
# calling the wrong way
try:
    a()
except TypeError as e:
    print(e)
for v in (5, 'x', None, [1]):
    try:
        v()
    except TypeError as e:
        print(e)
# __call__ can be another callable object
class Inner:
    def __call__(self, *a): return ('inner', a)
class Outer:
    __call__ = Inner()
print(Outer()(1, 2))
class Static:
    __call__ = staticmethod(lambda *a: ('static', a))
print(Static()(7))
class Meta(type):
    def __call__(cls, *a):
        return ('made by meta', cls.__name__, a)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta(1, 2))
# recursion through __call__ chains
class Chain:
    def __init__(self, depth): self.depth = depth
    def __call__(self):
        return self.depth if self.depth == 0 else Chain(self.depth - 1)()
print(Chain(50)())
# subclass of a built-in callable type is not allowed, but functions stored on classes bind
class Holder:
    f = Adder(100)
print(Holder().f(1)[0])
# __call__ added after the class is made
class Late:
    pass
Late.__call__ = lambda self: 'late call'
print(Late()())
# the call slot wrapper of built-in callables
print(len.__call__([1, 2]), type(len.__call__).__name__, type.__call__(int, '42'))
print(Adder.__call__(a, 5)[0])
