# bytearray mutation: item/slice assignment and deletion, append, extend, insert, pop, remove, clear, copy, reverse, += *=
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def setitem(b, k, v):
    b[k] = v
    return b

def delitem(b, k):
    del b[k]
    return b

class Idx:
    def __index__(self):
        return 1

def fresh():
    return bytearray(b'abcdef')

# item assignment
t(lambda: setitem(fresh(), 0, 65))
t(lambda: setitem(fresh(), -1, 0))
t(lambda: setitem(fresh(), Idx(), 255))
t(lambda: setitem(fresh(), True, Idx()))
t(lambda: setitem(fresh(), 6, 1))
t(lambda: setitem(fresh(), -7, 1))
t(lambda: setitem(fresh(), 0, 256))
t(lambda: setitem(fresh(), 0, -1))
t(lambda: setitem(fresh(), 0, 'a'))
t(lambda: setitem(fresh(), 0, b'a'))
t(lambda: setitem(fresh(), 0, 1.0))
t(lambda: setitem(fresh(), 'x', 1))
t(lambda: setitem(fresh(), 1.5, 1))
t(lambda: setitem(fresh(), 2 ** 80, 1))
# slice assignment
t(lambda: setitem(fresh(), slice(1, 3), b'XYZ'))
t(lambda: setitem(fresh(), slice(1, 3), b''))
t(lambda: setitem(fresh(), slice(0, 0), bytearray(b'<<')))
t(lambda: setitem(fresh(), slice(6, None), memoryview(b'>>')))
t(lambda: setitem(fresh(), slice(None), [1, 2, 3]))
t(lambda: setitem(fresh(), slice(2, 4), (x for x in b'gen')))
t(lambda: setitem(fresh(), slice(4, 2), b'--'))
t(lambda: setitem(fresh(), slice(-2, None), range(65, 68)))
t(lambda: setitem(fresh(), slice(None, None, 2), b'XYZ'))
t(lambda: setitem(fresh(), slice(None, None, -2), b'123'))
t(lambda: setitem(fresh(), slice(1, 5, 3), [0, 0]))
t(lambda: setitem(fresh(), slice(None, None, 2), b'XY'))
t(lambda: setitem(fresh(), slice(None, None, 2), b'WXYZ'))
t(lambda: setitem(fresh(), slice(0, 2), 5))
t(lambda: setitem(fresh(), slice(0, 2), 'ab'))
t(lambda: setitem(fresh(), slice(0, 2), None))
t(lambda: setitem(fresh(), slice(0, 2), [1, 256]))
t(lambda: setitem(fresh(), slice(0, 2), [1, 'a']))
t(lambda: setitem(fresh(), slice(None, None, 0), b''))
b = fresh()
b[1:3] = b
print(b)
b = fresh()
b[::2] = b[1::2]
print(b)
# deletion
t(lambda: delitem(fresh(), 0))
t(lambda: delitem(fresh(), -1))
t(lambda: delitem(fresh(), 6))
t(lambda: delitem(fresh(), 'x'))
t(lambda: delitem(fresh(), slice(1, 3)))
t(lambda: delitem(fresh(), slice(None, None, 2)))
t(lambda: delitem(fresh(), slice(None, None, -2)))
t(lambda: delitem(fresh(), slice(1, None, 3)))
t(lambda: delitem(fresh(), slice(5, 1, -1)))
t(lambda: delitem(fresh(), slice(None)))
t(lambda: delitem(fresh(), slice(10, 20)))

# methods
b = bytearray()
for v in (1, 255, True, Idx()):
    b.append(v)
print(b)
t(lambda: b.append(256))
t(lambda: b.append(-1))
t(lambda: b.append('a'))
t(lambda: b.append(b'a'))
t(lambda: b.append())
b.extend(b'xy')
b.extend(bytearray(b'z'))
b.extend(memoryview(b'01234')[1:3])
b.extend([65, 66])
b.extend(range(3))
b.extend(x for x in (7, 8))
b.extend(())
print(b)
b.extend(b)
print(len(b))
t(lambda: bytearray().extend('ab'))
t(lambda: bytearray().extend(1))
t(lambda: bytearray().extend([1, 'a']))
t(lambda: bytearray().extend([300]))
t(lambda: bytearray().extend(None))
b = fresh()
b.insert(0, 48)
b.insert(-1, 49)
b.insert(100, 50)
b.insert(-100, 51)
b.insert(Idx(), 52)
print(b)
t(lambda: fresh().insert('x', 1))
t(lambda: fresh().insert(0, 256))
t(lambda: fresh().insert(0))
b = fresh()
print(b.pop(), b.pop(0), b.pop(-2), b.pop(Idx()), b)
t(lambda: bytearray().pop())
t(lambda: fresh().pop(6))
t(lambda: fresh().pop(-7))
t(lambda: fresh().pop('x'))
t(lambda: fresh().pop(2 ** 80))
b = bytearray(b'abcabc')
b.remove(98)
b.remove(Idx() if False else 99)
print(b)
t(lambda: fresh().remove(120))
t(lambda: fresh().remove(256))
t(lambda: fresh().remove(b'a'))
b = fresh()
c = b.copy()
c[0] = 0
print(b, c, c is b, type(c).__name__)
b.reverse()
print(b)
b.clear()
print(b, len(b))
t(lambda: fresh().clear(1))

# += and *=
b = fresh()
alias = b
b += b'gh'
b += bytearray(b'i')
b += memoryview(b'j')
print(b is alias, b)
b *= 2
print(b is alias, b)
b *= 0
print(b is alias, b)
b = fresh()
b *= -1
print(b)
def iadd(b, x):
    b += x
    return b
def imul(b, x):
    b *= x
    return b
t(lambda: iadd(fresh(), 'x'))
t(lambda: iadd(fresh(), 1))
t(lambda: iadd(fresh(), [1]))
t(lambda: imul(fresh(), 'x'))
t(lambda: imul(fresh(), 1.5))
t(lambda: imul(fresh(), Idx()))
x = b'abc'
y = x
x += b'd'
print(x, y, x is y)
x *= 2
print(x)

# large growth and shrink
b = bytearray()
for i in range(1000):
    b.append(i & 255)
print(len(b), b[500], sum(b))
del b[10:990]
print(len(b), list(b))
