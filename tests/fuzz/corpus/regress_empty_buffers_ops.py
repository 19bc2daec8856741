# operations on empty bytearrays, arrays and memoryviews (whose storage may be absent) give CPython's results (a UBSan guard)
from array import array
e = bytearray()
a = array('i')
print(bytes(e), bytes(a), e.center(3, b'-'), e.ljust(2), e.zfill(2), e + e, e * 3, e[::-1])
print(b''.join([e, bytes(a), e]), e.split(), e.replace(b'', b'x'), e.hex(), e.decode())
f = bytearray()
f[0:0] = e
f += e
f.extend(a)
f[:] = b''
del f[:]
print(f, len(f), memoryview(e).tobytes(), memoryview(a).tolist())
b = array('i')
b += a
b *= 5
b[0:0] = array('i')
b[:] = array('i')
b.extend(array('i'))
b.frombytes(b'')
b.extend(bytearray())
print(b, a + a, a * 2, array('i', a), list(reversed(a)), a.tobytes(), e.translate(None))
print(bytes(memoryview(e)), bytearray(memoryview(a)), e.strip(), e.expandtabs(), e.title())
