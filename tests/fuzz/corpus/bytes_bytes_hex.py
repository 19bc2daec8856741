# hex() with sep and bytes_per_sep for bytes, bytearray and memoryview; fromhex()
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(0, 256, 17))
for s in (data, bytearray(data), memoryview(data), b'', b'\x01'):
    t(lambda: s.hex())
    t(lambda: s.hex(':'))
    t(lambda: s.hex(b'-'))
    t(lambda: s.hex(' ', 2))
    t(lambda: s.hex(' ', -2))
    t(lambda: s.hex(sep='.', bytes_per_sep=3))
    t(lambda: s.hex(bytes_per_sep=-4, sep='_'))
    t(lambda: s.hex('|', 100))
    t(lambda: s.hex(':', 0))
t(lambda: memoryview(data)[::3].hex())
t(lambda: memoryview(data)[1:4].hex(':'))
t(lambda: data.hex(''))
t(lambda: data.hex('ab'))
t(lambda: data.hex('\xe9'))
t(lambda: data.hex(b'\xff'))
t(lambda: data.hex(1))
t(lambda: data.hex(':', 'x'))
t(lambda: data.hex(':', 2 ** 80))
t(lambda: data.hex(':', 1, 2))
t(lambda: data.hex(x=1))

for kind in (bytes, bytearray):
    t(lambda: kind.fromhex(''))
    t(lambda: kind.fromhex('00ff10'))
    t(lambda: kind.fromhex('  0a 0B\tcD\n '))
    t(lambda: kind.fromhex('DEADbeef'))
    t(lambda: kind.fromhex('a'))
    t(lambda: kind.fromhex('abc'))
    t(lambda: kind.fromhex('zz'))
    t(lambda: kind.fromhex('0z'))
    t(lambda: kind.fromhex('00 0'))
    t(lambda: kind.fromhex('0 0'))
    t(lambda: kind.fromhex('\xe9\xe9'))
    t(lambda: kind.fromhex(b'00'))
    t(lambda: kind.fromhex(1))
    t(lambda: kind.fromhex())
    t(lambda: b''.fromhex('41') if kind is bytes else bytearray().fromhex('41'))

class B(bytes):
    pass

class BA(bytearray):
    pass

r = B.fromhex('4142')
print(type(r).__name__, r)
r = BA.fromhex('4142')
print(type(r).__name__, r)
print(bytes.fromhex(data.hex()) == data, bytes.fromhex(data.hex(' ', 3)) == data)
