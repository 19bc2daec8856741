# params: class decorators: order, replacing the class, registration, and evaluation timing
log = []
def record(cls):
    log.append('record ' + cls.__name__)
    cls.recorded = True
    return cls
def add_method(name):
    log.append('make add_method ' + name)
    def deco(cls):
        log.append('apply add_method ' + name)
        setattr(cls, name, lambda self: name)
        return cls
    return deco
@record
@add_method('greet')
class A:
    log.append('body A')
    x = 1
print(log)
print(A.recorded, A().greet(), A.x)

# a class decorator that returns something else
@lambda cls: cls.__name__.lower()
class Gone: pass
print(Gone)

# a decorator that wraps the class in a factory function
def singleton(cls):
    inst = []
    def get():
        if not inst:
            inst.append(cls())
        return inst[0]
    return get
@singleton
class Config:
    def __init__(self):
        log.append('Config init')
log.clear()
c1 = Config()
c2 = Config()
print(c1 is c2, log)

# registration by class decorator
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class One: pass
@register
class Two(One): pass
print(registry, issubclass(Two, One))

# decorator expressions are evaluated before the bases and the class body
log.clear()
def base(name):
    log.append('base ' + name)
    return object
def d(name):
    log.append('deco ' + name)
    return lambda cls: cls
@d('first')
@d('second')
class Ordered(base('B')):
    log.append('body')
print(log)

# class decorator sees the finished class, including methods and __qualname__
def names(cls):
    print(sorted(k for k in vars(cls) if not k.startswith('__')), cls.__qualname__)
    return cls
def outer():
    @names
    class Inner:
        def m(self): pass
        v = 2
    return Inner
outer()
