# memoryview: construction, slicing without copying, tobytes, tolist, hex, attributes, comparison, hash, release, with
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytearray(b'abcdefgh')
m = memoryview(data)
print(len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides,
      m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, m.obj is data)
s = m[2:6]
print(len(s), s.tobytes(), s.tolist(), s.obj is data, s[0], s[-1])
data[3] = 68
print(s.tobytes(), bytes(s), bytearray(s), list(s))
s[0] = 67
print(data)
s[1:3] = b'XY'
print(data)
s[::2] = bytearray(b'12')
print(data)
r = m[::-1]
print(r.tobytes(), r.strides, r.contiguous, r[0])
st = m[1::3]
print(st.tobytes(), st.tolist(), st.strides, len(st), st.hex(), st.c_contiguous)
print(m[1:7][1:4][::-1].tobytes())
ro = memoryview(b'immutable')
print(ro.readonly, ro[0], ro[1:3].tobytes(), ro.obj)
t(lambda: memoryview(b'x').__setitem__(0, 1))
t(lambda: memoryview(memoryview(b'nested'))[1:3].tobytes())
t(lambda: memoryview(object=b'kw').tobytes())
t(lambda: memoryview('str'))
t(lambda: memoryview(1))
t(lambda: memoryview())
t(lambda: memoryview(b'a', b'b'))
t(lambda: m[8])
t(lambda: m[-9])
t(lambda: m['x'])
t(lambda: m[1.0])
t(lambda: m[(1,)])
t(lambda: m[...])
t(lambda: m[::0])
def setitem(v, k, x):
    v[k] = x
t(lambda: setitem(m, 0, 256))
t(lambda: setitem(m, 0, -1))
t(lambda: setitem(m, 0, b'a'))
t(lambda: setitem(m, 0, 'a'))
t(lambda: setitem(m, 20, 1))
t(lambda: setitem(m, 'x', 1))
t(lambda: setitem(m, slice(0, 2), b'abc'))
t(lambda: setitem(m, slice(0, 2), 'ab'))
t(lambda: setitem(m, slice(0, 2), [1, 2]))
def delitem(v, k):
    del v[k]
t(lambda: delitem(m, 0))
t(lambda: delitem(m, slice(0, 1)))

# tobytes/tolist/hex arguments
t(lambda: m.tobytes('C'))
t(lambda: m.tobytes(order='A'))
t(lambda: m.tobytes(None))
t(lambda: m.tobytes('X'))
t(lambda: m.tolist(1))
t(lambda: m.hex(':', 2))
t(lambda: m[1:5].hex('-', -3))

# comparison and hash
a = memoryview(b'abc')
print(a == b'abc', b'abc' == a, a == bytearray(b'abc'), bytearray(b'abc') == a, a == a,
      a == memoryview(b'abd'), a != b'abc', a == 'abc', a == [97, 98, 99])
t(lambda: a < a)
t(lambda: a < b'b')
print(hash(a) == hash(b'abc'), hash(memoryview(b'abcdef')[1:4]) == hash(b'bcd'))
t(lambda: hash(memoryview(bytearray(b'x'))))
t(lambda: hash(memoryview(bytearray(b'x')).toreadonly()) == hash(b'x'))
t(lambda: hash(memoryview(b'abcd').cast('h')))

# iteration
print(list(memoryview(b'xyz')), [x for x in memoryview(b'xyz')[::-1]])

# release and the context manager
v = memoryview(b'abc')
v.release()
v.release()
for f in (lambda: v[0], lambda: len(v), lambda: v.tobytes(), lambda: v.tolist(), lambda: v.hex(),
          lambda: bytes(v), lambda: v.obj, lambda: v.nbytes, lambda: v.format, lambda: v[0:1],
          lambda: v.cast('B'), lambda: list(v), lambda: hash(v), lambda: v.__enter__()):
    t(f)
print(v == v, 'released' in repr(v))
with memoryview(b'ctx') as w:
    print(w.tobytes(), w[0])
t(lambda: w.tobytes())
print(memoryview(b'q').__exit__(None, None, None))
print(type(m).__name__, type(iter(m)).__name__)
