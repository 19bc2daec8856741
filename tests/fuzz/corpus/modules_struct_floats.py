# struct: e (half), f and d codes: rounding to nearest even, subnormals, infinities, NaN, overflow, __float__
import struct
vals = [0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-05, 1e-8, 3.0e-08, 2.98e-08, 1 / 3, 1000.5, 1001.5, 2049.0, 2051.0, 0.1, 65519.0]
print([struct.pack('<e', v) for v in vals])
print([struct.unpack('<e', struct.pack('<e', v))[0] for v in vals if v > 1e-7 or v == 0])
print(struct.unpack('<e', b'\x01\x00')[0] == 2**-24, struct.unpack('>e', b'\x00\x01')[0] == 2**-24)
print(struct.pack('<e', 2**-25), struct.pack('<e', 2**-25 * 1.0001), struct.pack('<e', 3 * 2**-25), struct.pack('>e', -65504))
print(struct.pack('<e', float('inf')), struct.pack('<e', -float('inf')), struct.pack('<e', float('nan')))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x00\x7e'))
# finite half values round-trip: a spread of patterns plus the edges of each range
pats = [h for h in range(0, 65536, 127)] + [0, 1, 2, 0x3ff, 0x400, 0x401, 0x3c00, 0x7bfe, 0x7bff]
pats += [p | 0x8000 for p in pats[-9:]]
pats = [p for p in pats if (p >> 10) & 31 != 31]
finite = struct.pack('<%dH' % len(pats), *pats)
halves = struct.unpack('<%de' % len(pats), finite)
print(len(pats), struct.pack('<%de' % len(pats), *halves) == finite)
print(struct.pack('<f', 1.5), struct.pack('>f', -0.1), struct.pack('<f', 3.4028235e38), struct.pack('<f', 3.40282356e38))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<f', struct.pack('<f', float('nan'))))
print(struct.pack('<f', float('inf')), struct.pack('@f', 1e300), struct.unpack('<f', b'\x00\x00\x80\x7f'))
print(struct.pack('<d', 0.1), struct.pack('>d', -1e-300), struct.unpack('<d', struct.pack('<d', 1.7976931348623157e308)))
print(struct.pack('<d', 2), struct.pack('<f', 2**100), struct.pack('<e', True))
class F:
    def __float__(self):
        return 2.5
print(struct.pack('<d', F()), struct.pack('<f', F()), struct.pack('<e', F()))
for t in [lambda: struct.pack('<e', 65520.0), lambda: struct.pack('<e', 1e300), lambda: struct.pack('<f', 1e300),
          lambda: struct.pack('<f', -1e39), lambda: struct.pack('d', 'x'), lambda: struct.pack('f', None),
          lambda: struct.pack('e', [1.0])]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
