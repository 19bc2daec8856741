# class bodies running in a custom mapping from __prepare__ (not a dict)
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]

class M(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Mapping()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns.d)

x_global = "global value"

class C(metaclass=M):
    a = 1
    b = a + 1
    c = x_global
    del a
    def f(self):
        return __class__

print(sorted(k for k in C.__dict__ if not k.startswith("__")), C.b, C.c, C().f() is C)

try:
    class D(metaclass=M):
        del missing
except NameError as e:
    print("NameError", e)

try:
    class E(metaclass=M):
        y = undefined_name
except NameError as e:
    print("NameError", e)

# type() itself insists on a real dict
try:
    type("X", (), Mapping())
except TypeError as e:
    print("TypeError", e)

# a __getitem__ that raises something other than KeyError propagates
class Loud(Mapping):
    def __getitem__(self, k):
        raise RuntimeError("lookup of " + k)
class LM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Loud()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns.d)
try:
    class F(metaclass=LM):
        z = len
except RuntimeError as e:
    print("RuntimeError", e)
