# numbers: float.hex() and float.fromhex(): exact spelling, subnormals, rounding half to even, overflow and syntax errors
for x in [1.0, -0.1, 0.0, -0.0, 0.5, 3.0, 1e-310, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 1 / 3, 123456.789, -2.0**-1030]:
    h = x.hex()
    print(repr(x), h, repr(float.fromhex(h)))
def t(s):
    try:
        print(repr(s), '->', repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['0x1.8p1', '0X1.8P+1', '  -0x1.8p1  ', '1.8p1', '0x.8', '0x8.', 'ff', '0xff', 'F.Fp-4', '0x1p-1074',
          '0x1p-1075', '0x1.8p-1074', '0x3p-1076', '0x1.0000000000001p-1074', '0x0.0000000000001p-1022',
          '0x1.fffffffffffffp1023', '0x1.fffffffffffff7p1023', '0x1.fffffffffffff8p1023', '0x2p1023',
          '0x1p1024', '0x.00001p1044', '0x1.00000000000008p0', '0x1.00000000000018p0',
          '0x1.0000000000000800000000001p0', '0x1.00000000000007ffffffp0', '0x1p99999999999999999999',
          '0x0p99999999999999999999', '0x1p-99999999999999999999', '0x' + '0' * 300 + '1p0', '0x1' + '0' * 300,
          'inf', '-Infinity', 'nan', '-NaN', 'iNfInItY', '0x', '0xg', '', ' ', '0x1p', '0x1p+', '0x1_0',
          '0x1.8p1.5', '0x1.8 p1', '0x+1p0', '--0x1', '0x1.8p1j', '0x..1', '.', 'p1', '0x1e', '\u20030x1p0']:
    t(s)
for bad in [1, b'0x1p0', None]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class F(float):
    pass
r = F.fromhex('0x1.8p1')
print(type(r).__name__, r, (2.5).fromhex('0x1p-1'))
