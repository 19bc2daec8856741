# a metaclass __call__ controls instance creation
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None
    def __call__(cls, *args, **kw):
        if cls._instance is None:
            print("creating", cls.__name__, args, kw)
            cls._instance = super().__call__(*args, **kw)
        return cls._instance

class Config(metaclass=Singleton):
    def __init__(self, value, flag=False):
        print("Config.__init__", value, flag)
        self.value = value

a = Config(1, flag=True)
b = Config(2)
print(a is b, a.value)

# __call__ returning something else entirely
class Factory(type):
    def __call__(cls, *args):
        return ("made", cls.__name__, args)
class Thing(metaclass=Factory):
    pass
print(Thing(1, 2))

# type.__call__ explicitly
class Plain:
    def __init__(self, x):
        self.x = x
p = type.__call__(Plain, 5)
print(type(p).__name__, p.x)

# counting instances
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return type.__call__(cls, *a, **k)
class U(metaclass=Counting):
    pass
class V(U):
    pass
U(); V(); V()
print(Counting.count)

# __new__ on the metaclass that returns a non-type is still returned
class Weird(type):
    def __new__(mcs, name, bases, ns):
        return 42
class Q(metaclass=Weird):
    pass
print(Q)
