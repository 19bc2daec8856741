# basics2: class bodies: nonlocal in a class body, nested class qualnames, reprs of classes and built-in types, inheritance introspection
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x
    return x, C.y
show(f)
class Outer:
    class Inner:
        class Deep:
            pass
    name_in_body = __name__
    qn = __qualname__
show(lambda: Outer.Inner.Deep.__qualname__)
show(lambda: Outer.name_in_body)
show(lambda: Outer.qn)
show(lambda: Outer.__module__)
def mk():
    class Local:
        def m(self): pass
    return Local
show(lambda: mk().__qualname__)
show(lambda: mk().m.__qualname__)
show(lambda: repr(mk())[:30])
show(lambda: repr(Outer.Inner))
show(lambda: str(Outer))
show(lambda: repr(int))
show(lambda: repr(type))
show(lambda: repr(object))
show(lambda: repr(ValueError))
show(lambda: type(None))
show(lambda: type(Ellipsis))
show(lambda: type(NotImplemented))
show(lambda: type(print))
show(lambda: type(len).__name__)
show(lambda: type([].append).__name__)
show(lambda: type(type).__name__)
show(lambda: type(range(1)))
show(lambda: type(iter([])))
show(lambda: type(iter(())))
show(lambda: type(iter('')))
show(lambda: type(iter({})))
show(lambda: type({}.keys()))
show(lambda: type(zip()))
show(lambda: type(map(len, [])))
show(lambda: type(enumerate([])))
show(lambda: type(slice(1)))
show(lambda: type(f))
show(lambda: type(lambda: 0))
show(lambda: type(2**100))
show(lambda: type(1.0))
show(lambda: type(True))
show(lambda: type(''))
show(lambda: type(b''))
show(lambda: type(()))
show(lambda: type(frozenset()))
show(lambda: Ellipsis)
show(lambda: ...)
show(lambda: NotImplemented)
show(lambda: None.__class__)
class Cls:
    a = 1
    b = a + 1
    def __init__(self):
        self.c = self.b + 1
    def get(self):
        return self.a, self.b, self.c
show(lambda: Cls().get())
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
        self.id = len(Counter.instances)
show(lambda: [Counter().id for _ in range(3)])
class Base:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.x)
class Derived(Base):
    pass
show(lambda: Derived(5))
show(lambda: [Derived(1), Base(2)])
show(lambda: isinstance(Derived(1), Base))
show(lambda: type(Derived(1)) is Base)
show(lambda: Derived.__bases__)
show(lambda: Derived.__base__)
show(lambda: Derived.__name__)
show(lambda: Derived.__dict__.get('__init__'))
show(lambda: '__init__' in Base.__dict__)
show(lambda: sorted([k for k in Base.__dict__ if not k.startswith('__')]))
show(lambda: Base.__init__ is Derived.__init__)
show(lambda: type(Derived(1).__dict__))
show(lambda: vars(Derived(1)))
show(lambda: dir(Derived(1))[-1])
