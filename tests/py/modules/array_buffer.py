# array: the buffer protocol: bytes(), memoryview (format, itemsize, writes), struct.pack_into/unpack_from, file write/readinto, hashlib/binascii
from array import array
import struct, binascii, hashlib, os
a = array('h', [1, -2, 3])
print(bytes(a), bytearray(a), len(memoryview(a)), memoryview(a).format, memoryview(a).itemsize, memoryview(a).nbytes)
m = memoryview(a)
print(m[1], m.tolist(), m.readonly)
m[0] = 300
print(a)
d = array('d', [1.5, 2.5])
print(memoryview(d).format, memoryview(d).tolist(), memoryview(d).cast('B')[:2].tolist())
buf = array('B', bytes(8))
struct.pack_into('<HI', buf, 1, 0x1234, 0xdeadbeef)
print(buf, struct.unpack_from('<HI', buf, 1), struct.unpack('<4H', array('H', [1, 2, 3, 4])))
print(binascii.hexlify(array('B', [1, 255])), binascii.crc32(array('i', [1, 2])) == binascii.crc32(array('i', [1, 2]).tobytes()))
print(hashlib.sha256(array('B', b'abc')).hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(b'\x01\x00' in bytes(array('h', [1])), bytes(array('i')) == b'', array('b', b'xyz').tobytes().decode())
name = 'binmods_array_buffer_test.bin'
try:
    with open(name, 'wb') as f:
        print(f.write(array('i', [1, 2, 3])))
        array('b', [4, 5]).tofile(f)
    with open(name, 'rb') as f:
        print(f.read())
    r = array('i', [0, 0])
    with open(name, 'rb') as f:
        print(f.readinto(r), r)
    r2 = array('b')
    with open(name, 'rb') as f:
        r2.fromfile(f, 4)
        print(r2)
        try:
            r2.fromfile(f, 100)
        except EOFError as e:
            print('EOFError', e, len(r2))
finally:
    os.remove(name)
