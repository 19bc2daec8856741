# user descriptors: __get__ on instance and class access, owner argument
class Ten:
    def __get__(self, obj, objtype=None):
        print("get", type(obj).__name__, objtype.__name__)
        return 10

class Verbose:
    def __get__(self, obj, objtype):
        if obj is None:
            return self
        return "bound to " + type(obj).__name__

class A:
    x = Ten()
    y = Verbose()
    z = 5

a = A()
print(a.x)
print(A.x)
print(type(A.y).__name__)
print(a.y)
print(a.z)
a.x = 99          # non-data descriptor: the instance dict wins
print(a.x)
print(a.__dict__)
del a.x
print(a.x)

class B(A):
    pass

print(B().x)
print(B.x)
print(getattr(B(), "y"))
print(hasattr(B(), "y"))

# a descriptor whose __get__ raises AttributeError makes hasattr False
class Missing:
    def __get__(self, obj, t):
        raise AttributeError("nope")

class C:
    m = Missing()

print(hasattr(C(), "m"))
try:
    C().m
except AttributeError as e:
    print("AttributeError", e.args)
