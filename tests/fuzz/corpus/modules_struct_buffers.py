# struct: pack_into/unpack_from with offsets (negative too), iter_unpack, and the Struct class, over several buffer types
import struct
b = bytearray(12)
struct.pack_into('<hi', b, 2, 1, -1)
print(b)
struct.pack_into('<h', b, -2, 0x4142)
print(b, struct.unpack_from('<hi', b, 2), struct.unpack_from('<h', b, -2), struct.unpack_from('<h', b))
print(struct.unpack_from('<h', buffer=b, offset=4), struct.unpack_from('<i', memoryview(b), 4))
m = memoryview(bytearray(8))
struct.pack_into('>I', m, 4, 0xdeadbeef)
print(m.tobytes(), struct.unpack_from('>I', m.tobytes(), 4))
print(struct.unpack('<2h', memoryview(b'\x01\x00\x02\x00')), struct.unpack('<h', bytearray(b'\xff\xff')))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), list(struct.iter_unpack('<hb', bytearray(b'\x01\x00\x05\x02\x00\x06'))))
it = struct.iter_unpack('<B', b'\x01\x02\x03')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
s = struct.Struct('<hq')
print(s.format, s.size, s.pack(1, -2), s.unpack(s.pack(3, 4)), s.unpack_from(bytes(20), 5))
print(struct.Struct(b'>i').format, struct.Struct(format='i').size, type(s).__name__, isinstance(s, struct.Struct))
b2 = bytearray(10)
s.pack_into(b2, 0, 7, 8)
print(b2, list(struct.Struct('<h').iter_unpack(b'\x01\x00\x02\x00')))
class MyStruct(struct.Struct):
    def triple(self, *v):
        return self.pack(*v) * 3
ms = MyStruct('<b')
ms.extra = 5
print(ms.triple(65), ms.extra, ms.size, ms.format)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: struct.unpack('i', b'123'))
t(lambda: struct.unpack_from('i', b'12345678', 6))
t(lambda: struct.unpack_from('i', b'12345678', -20))
t(lambda: struct.unpack_from('i', b'12345678', -2))
t(lambda: struct.unpack_from('i', b'12345678', 'x'))
t(lambda: struct.pack_into('i', bytearray(8), 6, 1))
t(lambda: struct.pack_into('i', bytearray(8), -20, 1))
t(lambda: struct.pack_into('i', bytearray(8), -2, 1))
t(lambda: struct.pack_into('i', b'12345678', 0, 1))
t(lambda: struct.pack_into('i', bytearray(8), 0))
t(lambda: struct.pack_into('i', bytearray(8), 0, 1, 2))
t(lambda: struct.iter_unpack('i', b'12345'))
t(lambda: struct.iter_unpack('', b''))
t(lambda: struct.iter_unpack('i', 'abcd'))
t(lambda: struct.unpack('i', '1234'))
t(lambda: s.unpack(b'1'))
t(lambda: s.pack(1))
t(lambda: s.pack_into(bytearray(3), 0, 1, 2))
t(lambda: struct.Struct(5))
t(lambda: struct.Struct('z'))
class Tagged(struct.Struct):
    def __init__(self, fmt, tag):
        super().__init__(fmt)
        self.tag = tag
tg = Tagged('<hh', 'pair')
print(tg.size, tg.tag, tg.format, tg.unpack(tg.pack(1, 2)))
s2 = struct.Struct('<b')
s2.__init__('>q')
print(s2.format, s2.size, s2.pack(1))
t(lambda: s2.__init__('zz'))
