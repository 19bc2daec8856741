# __call__ on instances and classes, callable(), and calls through descriptors
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))

class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)

# __call__ added after creation, and removed
NotCallable.__call__ = lambda self: "now callable"
print(NotCallable()(), callable(NotCallable()))
del NotCallable.__call__
print(callable(NotCallable()))

# __call__ as a staticmethod / classmethod
class S:
    @staticmethod
    def __call__(x):
        return "static " + str(x)
class C:
    @classmethod
    def __call__(cls, x):
        return cls.__name__ + " " + str(x)
print(S()(1), C()(2))

# an instance attribute named __call__ does not make the instance callable
class I:
    pass
i = I()
i.__call__ = lambda: 1
print(callable(i))
try:
    i()
except TypeError as e:
    print("TypeError", e)

# inherited __call__ and super()
class Base:
    def __call__(self):
        return "base"
class Derived(Base):
    def __call__(self):
        return "derived>" + super().__call__()
print(Derived()())
