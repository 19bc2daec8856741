# array: bad typecodes and initializers, integer range errors per typecode, wrong item types, bad indexes and operands
from array import array
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for tc in 'bBhHiIqQ':
    for v in [2**70, -2**70, 2**64, 2**63, 2**32, 2**31, 65536, 32768, 256, 128, -1, -129, -32769, -2**31 - 1]:
        t(lambda: array(tc, [v]))
# 'l' and 'L' are C longs: 64 bits, or 32 on 32-bit hosts; the limits of the host's
import struct
B = 8 * struct.calcsize('l')
for tc in 'lL':
    for v in [2**70, -2**70, 2**B, 2**B - 1, 2**(B - 1), 2**(B - 1) - 1, -2**(B - 1), -2**(B - 1) - 1, -1, 0]:
        t(lambda: array(tc, [v]).tolist() == [v])
for tc in 'bBiQfd':
    t(lambda: array(tc, [1.5]))
    t(lambda: array(tc, ['x']))
    t(lambda: array(tc, [None]))
t(lambda: array('z'))
t(lambda: array(5))
t(lambda: array('bb'))
t(lambda: array('b', 'abc'))
t(lambda: array('b', 5))
t(lambda: array('i', array('d', [1.0])))
t(lambda: array('i', b'\x01\x00'))
t(lambda: array())
a = array('i', [1, 2, 3, 4, 5])
t(lambda: a[10])
t(lambda: a[-6])
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: a[::0])
t(lambda: a.index(9))
t(lambda: a.remove(9))
t(lambda: array('i').pop())
t(lambda: a.pop(10))
t(lambda: a.frombytes(b'123'))
t(lambda: a.frombytes('abcd'))
t(lambda: a.fromlist((1,)))
t(lambda: a.fromlist([1, 'x']))
t(lambda: a.extend(array('d')))
t(lambda: a.extend([1, 'x']))
t(lambda: a.append(1.0))
t(lambda: a + array('d', [1.0]))
t(lambda: a + [1])
t(lambda: a + 1)
t(lambda: a * 1.5)
t(lambda: a * 'x')
t(lambda: a.insert(0, 'x'))
print(a)
def s(key, value):
    a[key] = value
def d(key):
    del a[key]
t(lambda: s(0, 'x'))
t(lambda: s(0, 2**40))
t(lambda: s(10, 1))
t(lambda: s(slice(1, 3), [1]))
t(lambda: s(slice(None, None, 2), array('i', [0])))
t(lambda: s(slice(1, 2), array('d', [1.0])))
t(lambda: s('x', 1))
t(lambda: d(10))
t(lambda: d('x'))
print(a)
t(lambda: hash(a) and None)
