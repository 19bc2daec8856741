# descriptors found on a metaclass or assigned to a class later, and descriptor methods inherited
class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)

class A:
    pass

A.d = Desc()
print(A().d)
print(A.d)

class Base:
    def __get__(self, obj, owner):
        return "base-get"

class Derived(Base):
    pass

class B:
    x = Derived()

print(B().x, B.x)

# descriptor on the class of the descriptor changes behaviour after creation
class Late:
    pass

class C:
    l = Late()

print(type(C().l).__name__)
Late.__get__ = lambda self, obj, owner: "late get"
print(C().l)
Late.__set__ = lambda self, obj, v: print("late set", v)
c = C()
c.l = 4
print(c.__dict__)
del Late.__set__
c.l = 5
print(c.__dict__)

# calling __get__ directly
d = Desc()
print(d.__get__(None, A))
print(d.__get__(A(), A)[1])

# functions are descriptors too
def f(self):
    return "f called with " + type(self).__name__
bound = f.__get__(A(), A)
print(bound())
print(f.__get__(None, A) is f)
