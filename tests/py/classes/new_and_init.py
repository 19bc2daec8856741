# __new__ as implicit staticmethod, __init__ signatures, object.__init__ errors
class A:
    def __new__(cls, *a):
        inst = object.__new__(cls)
        inst.created_by = "new"
        return inst

print(type(A.__dict__["__new__"]).__name__)
a = A(1, 2)
print(a.created_by)

class B(A):
    def __init__(self, x):
        self.x = x
b = B(5)
print(b.created_by, b.x)

class C:
    def __init__(self):
        super().__init__()
        print("C init")
C()
try:
    class D:
        def __init__(self):
            super().__init__(1)
    D()
except TypeError as e:
    print("TypeError", e)

# __init__ called on the result only if it is an instance
class Sub(A):
    def __new__(cls):
        return A()
    def __init__(self):
        print("Sub init should not run")
print(type(Sub()).__name__)

# __init__ runs again when called explicitly
class Re:
    def __init__(self, v=0):
        self.v = v
r = Re(1)
r.__init__(2)
print(r.v)

# staticmethod __new__ assigned after creation
class Late:
    pass
def late_new(cls):
    print("late new", cls.__name__)
    return object.__new__(cls)
Late.__new__ = late_new
Late()
print(type(Late.__dict__["__new__"]).__name__)

# keyword-only init arguments
class K:
    def __init__(self, *, name):
        self.name = name
print(K(name="n").name)
try:
    K("n")
except TypeError as e:
    print("TypeError", e)
