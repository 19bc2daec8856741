# fuzz seed: struct formats, counts, offsets and buffers
import struct
for f in ('<bhiq', '>BHIQ', '!f', '@d?', '=e', '3s2x', 'P', 'n', '0s', '<10p'):
    try:
        s = struct.Struct(f)
        b = bytearray(s.size + 3)
        print(f, s.size, struct.calcsize(f))
        v = s.unpack_from(b, 1)
        s.pack_into(b, -s.size, *v)
        print(s.pack(*v), list(s.iter_unpack(bytes(s.size * 2))) if s.size else 0)
    except (struct.error, TypeError, ValueError, OverflowError) as e:
        print(f, type(e).__name__, e)
print(struct.pack('<h', -32768), struct.unpack('>q', b'\xff' * 8), struct.pack('e', 65504.0))
