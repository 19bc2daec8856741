# int and bool expose their operator slots as methods (int.__add__, (5).__add__...)
print(int.__add__(1, 2), (5).__add__(3), (5).__sub__(7), (6).__mul__(7), (7).__truediv__(2))
print((7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10), (2).__pow__(10, 1000), (1).__lshift__(4))
print((16).__rshift__(2), (6).__and__(3), (6).__or__(3), (6).__xor__(3))
print((1).__radd__(2), (10).__rsub__(3), (2).__rpow__(3), (3).__rpow__(2, 5), (3).__rfloordiv__(10))
print((7).__divmod__(2), (7).__rdivmod__(2), (-7).__divmod__(2))
print((5).__neg__(), (5).__pos__(), (5).__invert__(), (-5).__abs__(), (5).__bool__(), (0).__bool__())
print((5).__eq__(5), (5).__ne__(5), (5).__lt__(6), (5).__le__(5), (5).__gt__(6), (5).__ge__(5))
print((5).__hash__() == hash(5), (5).__repr__(), (5).__index__(), (5).__int__(), (5).__float__())
# NotImplemented for operand types the slot does not handle
print((5).__add__('a'), (5).__add__(2.0), (5).__lt__('a'), (5).__eq__(None), int.__radd__(1, 2.0))
print((5).__mul__([1]), (2).__rmul__('ab'))
# bool has its own &, |, ^ and inherits the rest from int
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__and__(3), True.__add__(True))
print(bool.__and__ is int.__and__, bool.__add__ is int.__add__, '__add__' in bool.__dict__)
# the wrapper objects
print(int.__add__, type(int.__add__).__name__, type((1).__add__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__, (1).__add__.__self__)
print(hasattr(1, '__matmul__'), hasattr(1, '__iadd__'), hasattr(True, '__and__'))
# errors
def err(f):
    try:
        f()
    except TypeError as e:
        print(e)
err(lambda: int.__add__())
err(lambda: int.__add__('a', 1))
err(lambda: (1).__add__())
err(lambda: (1).__add__(1, 2))
err(lambda: (1).__neg__(2))
err(lambda: (1).__pow__())
err(lambda: (1).__pow__(1, 2, 3))
err(lambda: (1).__add__(x=1))
err(lambda: int.__neg__())
# wrappers work on subclasses and are what super() finds
class MyInt(int):
    def __add__(self, o):
        return 'MyInt+' + str(int.__add__(self, o))
    def __sub__(self, o):
        return 'super-' + str(super().__sub__(o))
m = MyInt(10)
print(m + 1, m - 1, int.__add__(m, 1), m.__mul__(2), MyInt.__mul__(m, 3))
