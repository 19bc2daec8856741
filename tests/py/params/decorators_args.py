# params: decorators with arguments, stacked decorators and their application order
log = []
def tag(name):
    log.append('make ' + name)
    def deco(fn):
        log.append('apply ' + name)
        def wrapper(*a, **k):
            return '%s(%s)' % (name, fn(*a, **k))
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@tag('outer')
@tag('middle')
@tag('inner')
def base(x):
    return 'base %s' % x
print(log)
print(base(1), base.__name__)

# decorator expressions are evaluated top to bottom, applied bottom to top
log.clear()
def d(name):
    log.append('eval ' + name)
    def apply(fn):
        log.append('apply ' + name)
        return fn
    return apply
@d('1')
@d('2')
def f(): pass
print(log)

# any expression can be a decorator (3.9+)
registry = {}
class Registry:
    def __init__(self): self.items = []
    def add(self, fn):
        self.items.append(fn.__name__)
        return fn
reg = Registry()
@reg.add
def one(): pass
@(lambda fn: fn)
def two(): pass
decos = [reg.add]
@decos[0]
def three(): pass
print(reg.items)

# a decorator can replace the function with anything
@callable
def not_a_function(): pass
print(not_a_function)
def const(v):
    return lambda fn: v
@const(42)
def answer(): pass
print(answer)

# decorator with keyword arguments and defaults
def repeat(times=2, *, sep=' '):
    def deco(fn):
        def w(*a):
            return sep.join(fn(*a) for _ in range(times))
        return w
    return deco
@repeat(3, sep='-')
def hi(n): return 'hi' + n
@repeat()
def ho(n): return 'ho' + n
print(hi('!'), ho('?'))

# the name is bound only after all decorators ran
def check_unbound(fn):
    try:
        late
        print('bound early')
    except NameError:
        print('not bound yet')
    return fn
@check_unbound
def late(): pass
print(late.__name__)

# decorators on methods, staticmethod/classmethod stacking
def loud(fn):
    def w(*a):
        return 'loud ' + str(fn(*a))
    return w
class C:
    @staticmethod
    @loud
    def s(x): return x
    @classmethod
    @loud
    def c(cls, x): return cls.__name__ + x
    @loud
    def m(self): return 'm'
print(C.s(1), C.c('!'), C().m())
