# a += b and a *= n stay in place for subclasses of every mutable built-in (list, bytearray, set, dict, array) with and without operator dunders
from array import array
class BA(bytearray):
    pass
class A(array):
    pass
class L(list):
    def __add__(self, o):
        return 'add'
class S(set):
    pass
class D(dict):
    pass
for make, other in [(lambda: BA(b'ab'), b'c'), (lambda: A('i', [1]), array('i', [2])),
                    (lambda: L([1]), [2]), (lambda: S({1}), {2}), (lambda: D(a=1), {'b': 2})]:
    x = make()
    y = x
    if isinstance(x, (set, dict)):
        y |= other
    else:
        y += other
    print(type(x).__name__, x is y, x)
ba = BA(b'x')
same = ba
same *= 3
print(ba is same, ba)
