# array: construction from lists, iterables, bytes and arrays for every typecode; repr, attributes and methods
from array import array
import array as array_mod
print(array_mod.ArrayType is array, sorted(set(array_mod.typecodes) - {'u'}), array.__name__, array.__module__)
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    # ('l' and 'L' have the host's C long size: compared with struct's)
    size = a.itemsize if tc not in 'lL' else a.itemsize == __import__('struct').calcsize(tc)
    print(tc, a, a.typecode, size, len(a), a.tolist(), a.tobytes() == bytes(a), len(a.tobytes()) == 3 * a.itemsize)
print(array('i'), array('d', []), array('b', range(-3, 3)), array('B', (x * 2 for x in range(4))))
print(array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'), array('h', bytearray(b'\xff\xff')), array('i', memoryview(b'12')))
print(array('d', array('i', [1, 2])), array('f', [0.1, 1e300, -0.0]), array('d', [1, True, 2.5]))
ulong_max = 2 ** (8 * array('L').itemsize) - 1   # 2**32 - 1 on 32-bit hosts
print(array('q', [2**63 - 1, -2**63]), array('Q', [2**64 - 1]), array('L', [ulong_max]).tolist() == [ulong_max], array('I', [2**32 - 1]))
a = array('i', [5, 1, 4])
a.append(9)
a.extend([7, 7])
a.extend(array('i', [0]))
a.extend(b'AB')
a.insert(0, -1)
a.insert(100, 100)
a.insert(-100, -100)
print(a, len(a), a.count(7), a.index(7), a.index(7, 6), a.index(4, -9, -1))
try:
    a.index(4, -6, -1)
except ValueError as e:
    print('ValueError', e)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
a.reverse()
print(a, 7 in a, 99 in a, '7' in a)
a.frombytes(array('i', [11, 12]).tobytes())
a.fromlist([13, 14])
print(a, a.tolist()[-4:])
b = array('h', [1, 0x0102])
b.byteswap()
print(b, array('d', [1.5]).buffer_info()[1], type(array('b').buffer_info()[0]).__name__)
c = a.__copy__()
c.append(0)
print(len(c) - len(a), type(c).__name__, c == a + array('i', [0]))
class A(array):
    def total(self):
        return sum(self)
x = A('i', [1, 2, 3])
x.note = 'n'
print(x, x.total(), x.note, isinstance(x, array), type(x[0:2]).__name__, list(x), list(reversed(x)))
print(bool(array('i')), bool(array('i', [0])), sum(array('d', [0.5, 0.25])), max(array('b', [3, -9, 7])))
print([v for v in array('H', [65535, 0])], list(enumerate(array('B', b'ab'))))
