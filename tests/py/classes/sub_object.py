# subclasses of object: __new__ and __init__ interplay, argument errors
class A:
    def __new__(cls, *args, **kw):
        print("A.__new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("A.__init__", x, y)
        self.x = x

a = A(1, y=2)
print(a.x)

class NotInstance:
    def __new__(cls):
        return "a string"
    def __init__(self):
        print("never called")
print(NotInstance())

class Other:
    def __init__(self):
        print("Other init never called via B")
class B:
    def __new__(cls):
        return object.__new__(Other)
print(type(B()).__name__)

class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError", e)

class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)

class OnlyInit:
    def __init__(self, x):
        self.x = x
try:
    OnlyInit()
except TypeError as e:
    print("TypeError", e)

try:
    object.__new__(A, 1)
    print("object.__new__ with args ok when __new__ overridden")
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)

class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
print(type(object()).__name__, isinstance(object(), object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
