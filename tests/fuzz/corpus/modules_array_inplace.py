# array += and *= change the array in place (other names see it), and array has its operator dunders, as CPython
from array import array
a = array('i', [1])
b = a
b += array('i', [2])
print(a, a is b)
c = a
c *= 2
print(a, a is c)
print(hasattr(a, '__add__'), hasattr(a, '__iadd__'), hasattr(a, '__rmul__'), hasattr(a, '__radd__'))
print(a.__add__(array('i', [9])), a.__mul__(2), a.__rmul__(1), 2 * array('b', [3]))
d = a
try:
    d += array('d', [1.0])
except TypeError as e:
    print('TypeError', e)
print(a is d, a)
try:
    a.__mul__('x')
except TypeError as e:
    print('TypeError', e)
