# memoryview struct formats (B b c ? h H i I l L q Q n N f d) through cast(), item access and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import struct
raw = bytes(range(250, 256)) + bytes(range(0, 26))   # 32 bytes
base = memoryview(raw)
for fmt in 'BbchHiIlLqQnNfd?':
    v = base.cast(fmt)
    items = v.tolist()
    if fmt in 'fd':
        items = [x == x for x in items]   # NaN-safe: only check they are floats that compare
    if fmt in 'lLnN':   # the host's C long and size_t: 4 bytes on 32-bit hosts, read as 'i' or 'q' there
        twin = {4: 'i', 8: 'q'}[v.itemsize]
        twin = twin.upper() if fmt.isupper() else twin
        print(fmt, v.format, v.itemsize == struct.calcsize(fmt), len(v) * v.itemsize, v.nbytes, v.shape == (len(v),),
              v.strides == (v.itemsize,), items == base.cast(twin).tolist(), type(v[0]).__name__)
    else:
        print(fmt, v.format, v.itemsize, len(v), v.nbytes, v.shape, v.strides, items[:3], type(v[0]).__name__)
    print(v.cast('B').tobytes() == raw, v.tobytes() == raw)
print(memoryview(b'\x00\x00\x00\x00\x00\x00\xf0\x3f').cast('d').tolist())
print(memoryview(b'\x00\x00\xc0\x3f').cast('f')[0])
print(memoryview(b'\x01\x00\x02\x00').cast('@h').tolist())
print(memoryview(b'abcdef').cast('h', [3]).tolist())
print(memoryview(b'abcdef').cast('h', (3,)).tolist())

buf = bytearray(16)
m = memoryview(buf)
h = m.cast('h')
h[0] = -2
h[1] = 32767
h[-1] = -32768
print(list(buf[:4]), buf[-2:], h.tolist())
i = m.cast('i')
i[0] = -1
i[1] = 2 ** 31 - 1
print(i.tolist(), list(buf[:8]))
q = m.cast('Q')
q[0] = 2 ** 64 - 1
q[1] = 2 ** 63
print(q.tolist())
Q = m.cast('q')
print(Q.tolist())
d = m.cast('d')
d[0] = 1.5
d[1] = 3
print(d.tolist())
f = m.cast('f')
f[0] = 0.25
print(f[0])
c = m.cast('c')
c[0] = b'Z'
print(c[0], c[0:2].tolist())
bo = m.cast('?')
bo[1] = 5
bo[2] = []
print(bo[1], bo[2], buf[1], buf[2])
b8 = m.cast('b')
b8[0] = -128
print(b8[0], buf[0])
# errors
t(lambda: h.__setitem__(0, 32768))
t(lambda: h.__setitem__(0, -32769))
t(lambda: m.cast('H').__setitem__(0, -1))
t(lambda: m.cast('B').__setitem__(0, 1.0))
t(lambda: i.__setitem__(0, 2 ** 31))
t(lambda: i.__setitem__(0, 1.5))
t(lambda: m.cast('I').__setitem__(0, 2 ** 32))
t(lambda: q.__setitem__(0, 2 ** 64))
t(lambda: q.__setitem__(0, -1))
t(lambda: Q.__setitem__(0, 2 ** 63))
t(lambda: d.__setitem__(0, 'x'))
t(lambda: d.__setitem__(0, None))
t(lambda: c.__setitem__(0, 1))
t(lambda: c.__setitem__(0, b'ab'))
t(lambda: b8.__setitem__(0, 128))
t(lambda: h.__setitem__(slice(0, 1), b'ab'))
t(lambda: h.__setitem__(slice(0, 1), memoryview(b'ab').cast('h')))
print(h[0])
t(lambda: m.cast('z'))
t(lambda: m.cast('hh'))
t(lambda: m.cast('<h'))
t(lambda: m.cast(1))
t(lambda: m.cast())
t(lambda: memoryview(b'abc').cast('h'))
t(lambda: h.cast('i'))
t(lambda: m[::2].cast('h'))
t(lambda: memoryview(b'abcdef').cast('h', [4]))
t(lambda: memoryview(b'abcdef').cast('h', 3))
print(h.cast('B').format, h.cast('b').nbytes, h.cast('c')[0])
# comparisons across formats compare values
print(memoryview(b'\x01\x00').cast('h') == memoryview(b'\x01'), m.cast('B') == m,
      memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'ab').cast('b') == b'ab')
