# what object gives every class: repr, str, eq/ne, hash, format, dir-visible dunders
class A:
    pass

a, b = A(), A()
print(repr(a).startswith("<__main__.A object at 0x"), str(a) == repr(a))
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a))
print(hash(a) == hash(a), hash(a) == a.__hash__())
print(format(a, "") == str(a), "{}".format(a) == str(a))
try:
    format(a, "x")
except TypeError as e:
    print("TypeError", e)
print(a.__class__ is A, A.__class__ is type, type(A) is type)
print(A.__doc__, A.__module__, A.__name__, A.__qualname__)
print(a.__dict__, A.__bases__, A.__base__)
print(object.__bases__, object.__base__, object.__mro__)
print(a.__lt__(b), a.__le__(b), a.__gt__(b), a.__ge__(b))
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print(object.__init__(a), object.__init_subclass__())
print(object.__str__(a) == repr(a), object.__repr__(a) == repr(a))
print(type(object.__new__(A)).__name__)
for name in ("__repr__", "__eq__", "__hash__", "__init__", "__setattr__", "__class__", "__dict__"):
    print(name, hasattr(a, name))
