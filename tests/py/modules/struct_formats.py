# struct: every format code in every byte order, native alignment, counts, whitespace, calcsize, round trips
import struct
# (sizes and alignment of native long, size_t, pointer, double and long long
# depend on the host: tests/py/modules/struct_native*.py)
print(struct.calcsize('=bhilqBHILQ'), struct.calcsize('<bhilq'), struct.calcsize('>BHILQ'))
print(struct.calcsize('be'), struct.calcsize('b?'),
      struct.calcsize('bf'), struct.calcsize('bh'), struct.calcsize('=bi'), struct.calcsize('ib'))
print(struct.calcsize('5s'), struct.calcsize('5p'), struct.calcsize('3x'), struct.calcsize('0i'),
      struct.calcsize(''), struct.calcsize('<  i  '), struct.calcsize('\ti\n'), struct.calcsize('i i'), struct.calcsize(b'<q'))
for order in '<>!=':
    print(order, struct.pack(order + 'bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
    print(order, struct.pack(order + '?c3s3p2xefd', True, b'z', b'ab', b'abcd', 1.5, -0.25, 1e100))
    vals = (-128, 0, -32768, 1234, -2**31, 2**31, 7, 9, -2**63, 2**63)
    print(struct.unpack(order + 'bBhHiIlLqQ', struct.pack(order + 'bBhHiIlLqQ', *vals)) == vals)
print(struct.pack('@bi', 1, 2), struct.pack('@hb0i', 1, 2), struct.pack('@bhb', 1, 2, 3))
print(struct.pack('<3x2h', 1, 2), struct.pack('<3c', b'a', b'b', b'c'), struct.unpack('<3?', b'\x00\x01\x02'))
print(struct.pack('<2i3h', 1, 2, 3, 4, 5), struct.unpack('>2i3h', bytes(range(14))))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('0s', b'abc'), struct.pack('s', bytearray(b'xy')))
print(struct.pack('5p', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('1p', b'abc'), struct.pack('0p', b'abc'))
print(struct.pack('300p', b'a' * 300)[:3], struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'))
print(struct.unpack('3s', b'abc'), struct.unpack('0s', b''), struct.unpack('c', b'\xff'), struct.unpack('2c', b'xy'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.pack('?', 0.0), struct.unpack('??', b'\x00\x05'))
print(struct.unpack('<HI', b'\x01\x02\x03\x04\x05\x06'), struct.unpack('>HI', b'\x01\x02\x03\x04\x05\x06'))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<Q', b'\xff' * 8), struct.unpack('>l', b'\x80\x00\x00\x00'))
print(struct.pack('!h', 1) == struct.pack('>h', 1), struct.pack('<h', 1), struct.pack('=h', 1) == struct.pack('@h', 1))
class I:
    def __index__(self):
        return 7
print(struct.pack('<i', I()), struct.pack('<i', True), struct.pack('<d', I()), struct.pack('<B', False))
print(type(struct.pack('i', 1)).__name__, struct.unpack('i', struct.pack('i', 5)), type(struct.unpack('i', bytearray(4))).__name__)
