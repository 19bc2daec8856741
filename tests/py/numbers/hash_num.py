# numbers: hash consistency across int/float/bool and CPython's exact hash values for big ints, floats, inf and negatives
# (The exact values depend on the host's hash width: modulus 2**61 - 1, or 2**31 - 1 on
# 32-bit hosts. They are checked against CPython's documented rule for that modulus,
# which CPython itself runs here too, rather than printed.)
import sys
M = 2 ** 61 - 1 if sys.maxsize > 2 ** 32 else 2 ** 31 - 1
def signed(h, neg):
    h = -h if neg else h
    return -2 if h == -1 else h
def int_hash(v):
    return signed(abs(v) % M, v < 0)
def float_hash(f):   # n/d hashes as n * d**-1 modulo M
    if f in (float('inf'), float('-inf')):
        return 314159 if f > 0 else -314159
    n, d = f.as_integer_ratio()
    return signed(abs(n) % M * pow(d, M - 2, M) % M, n < 0)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
for v in [0, 1, -1, -2, 2, 2**31 - 2, 2**31 - 1, 2**31, 2**31 + 1, -(2**31), 2**61 - 2, 2**61 - 1, 2**61,
          2**61 + 1, -(2**61) + 1, -(2**61), 2**62, 2**63, 2**64 - 1, 2**100, -(2**100), 10**30, -(10**30),
          3**200, 123456789012345678901234567890]:
    f = float(v)
    print(v, hash(v) == int_hash(v), hash(f) == float_hash(f), hash(v) == hash(f) if f == v else 'inexact')
for f in [0.5, -0.5, 1.5, -1.5, 0.1, 1e300, -1e300, 1e-300, 5e-324, 2.0**100, 2.0**-100, 1.7976931348623157e308,
          float('inf'), float('-inf'), 3.141592653589793, 1e16 + 2, -2.0**61, 2.0**61, -2.0**31, 2.0**31]:
    print(repr(f), hash(f) == float_hash(f))
print(hash(2**100) == hash(2.0**100), hash(-(2**70)) == hash(-(2.0**70)), hash(M) == hash(0), hash(-M) == 0)
d = {1: 'int', 2.0: 'float', True: 'bool?', 2**100: 'big'}
d[1.0] = 'float one'
d[2.0**100] = 'float big'
print(d, {0, 0.0, False, -0.0}, len({1, 1.0, True}))
