# numbers: int.to_bytes / int.from_bytes: 3.11 defaults, both byte orders, signed, big values, iterables and buffers, every error
def t(f, *a, **k):
    try:
        print(a, k, '->', f(*a, **k))
    except Exception as e:
        print(a, k, type(e).__name__, e)

for v in [0, 1, 127, 128, 255, 256, 1024, 65535, -1, -128, -129, -32768, 2**64 - 1, 2**100, -(2**100)]:
    for order in ('big', 'little'):
        for signed in (False, True):
            t(v.to_bytes, 16, order, signed=signed)
t((1).to_bytes)
t((255).to_bytes)
t((256).to_bytes)
t((1024).to_bytes, 2)
t((1024).to_bytes, length=3, byteorder='little')
t((1024).to_bytes, 2, byteorder='little')
t((0).to_bytes, 0)
t((1).to_bytes, 0)
t((-1).to_bytes, 0, signed=True)
t((128).to_bytes, 1, signed=True)
t((-128).to_bytes, 1, 'big', signed=True)
t((-129).to_bytes, 1, 'big', signed=True)
t((-1).to_bytes, 2)
t((1).to_bytes, -1)
t((1).to_bytes, 2, 'middle')
t((1).to_bytes, 2, 5)
t((1).to_bytes, 'a')
t((1).to_bytes, 2.0)
t((1).to_bytes, 2, 'big', True)
t((1).to_bytes, 2, 'big', foo=1)
t((1).to_bytes, 2, length=2)
t(True.to_bytes, 2, 'little')
for b in [b'', b'\x00', b'\x01\x00', b'\x00\x10', b'\xff', b'\xff\xff', b'\x80\x00', b'\x7f\xff',
          b'\x01' * 17, b'\xff' * 9, b'\x80' + b'\x00' * 20]:
    for order in ('big', 'little'):
        print(b, order, int.from_bytes(b, order), int.from_bytes(b, order, signed=True))
t(int.from_bytes, b'\x01\x02')
t(int.from_bytes, bytes=b'\x01\x02', byteorder='little')
t(int.from_bytes, [1, 2, 3], 'big')
t(int.from_bytes, (255,), 'big', signed=True)
t(int.from_bytes, range(5), 'little')
print(int.from_bytes(iter([1, 2])))
t(int.from_bytes, [256])
t(int.from_bytes, [-1])
t(int.from_bytes, [2**70])
t(int.from_bytes, ['a'])
t(int.from_bytes, [1.0])
t(int.from_bytes, 'ab')
t(int.from_bytes, 5)
t(int.from_bytes, None)
t(int.from_bytes, b'\x01', 'mid')
t(int.from_bytes, b'\x01', byteorder=3)
t(int.from_bytes, b'\x01', 'big', True)
t(int.from_bytes)
t(int.from_bytes, b'\x01', foo=2)
t(bool.from_bytes, b'\x01')
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x01\x00', 'big')
print(type(r).__name__, r)
