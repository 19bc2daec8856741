# float's slots as methods
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__sub__(0.5), (3.0).__truediv__(2), (7.5).__floordiv__(2))
print((7.5).__mod__(2), (2.0).__pow__(3), (2.0).__rpow__(3), (7.5).__divmod__(2), (2.0).__rdivmod__(7))
print((1.5).__neg__(), (1.5).__pos__(), (-1.5).__abs__(), (0.0).__bool__(), (1.5).__bool__())
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__ge__(True), (1.5).__eq__('x'), (1.5).__add__('x'))
print((1.5).__hash__() == hash(1.5), (1.5).__repr__(), (1.5).__int__(), (1.5).__float__())
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), float.__mul__(2.0, 3))
print(hasattr(1.0, '__invert__'), hasattr(1.0, '__lshift__'), hasattr(1.0, '__and__'), hasattr(1.0, '__neg__'))
try:
    (2.0).__pow__(3, 5)
except TypeError as e:
    print(e)
try:
    float.__add__(1, 2.0)
except TypeError as e:
    print(e)
try:
    (1.0).__truediv__(0)
except ZeroDivisionError as e:
    print(e)
class MyFloat(float):
    def __add__(self, o): return 'MyFloat ' + repr(float.__add__(self, o))
print(MyFloat(1.5) + 1, 1 + MyFloat(1.5), MyFloat(1.5).__radd__(1))
print(float.__lt__, float.__neg__, float.__bool__)
