# binascii: crc32 of bytes-likes, with a running value (any int, taken mod 2**32), errors
import binascii
print(binascii.crc32(b''), binascii.crc32(b'a'), binascii.crc32(b'hello'), binascii.crc32(b'123456789'))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'))
print(binascii.crc32(b'x', -1), binascii.crc32(b'x', 2**40 + 5), binascii.crc32(b'x', 5), binascii.crc32(b'', 77))
print(binascii.crc32(bytearray(b'abc')), binascii.crc32(memoryview(b'abc')), binascii.crc32(b'abc', True))
data = bytes(range(256)) * 4
crc = 0
for i in range(0, len(data), 100):
    crc = binascii.crc32(data[i:i + 100], crc)
print(crc == binascii.crc32(data), crc)
for t in [lambda: binascii.crc32('x'), lambda: binascii.crc32(b'', 'x'), lambda: binascii.crc32(b'', 1.5),
          lambda: binascii.crc32(None)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
