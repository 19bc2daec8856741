# struct: native sizes, alignment and ranges of a 64-bit host (l, L, n, N, P, and double/long long alignment)
# (SKIP on 32-bit hosts, whose C types are narrower: struct_native32.py tests those.)
import struct, sys
if sys.maxsize < 2 ** 32:
    print('SKIP')
    raise SystemExit
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(struct.calcsize('@bhilqBHILQ'), struct.calcsize('bP'), struct.calcsize('bd'), struct.calcsize('bq'),
      struct.calcsize('bi0l'), struct.calcsize('nNP'))
print(struct.pack('@bq', 1, 2), struct.pack('@bd', 1, 2.0), struct.pack('@bl', 1, 2))
print(struct.pack('@nNP', -1, 2**64 - 1, 12345), struct.unpack('@nNP', struct.pack('@nNP', -7, 8, 9)))
for c in ['@l', '@L', '@n', '@N', '@P', '@i', '@I', '<i', '<I', '<l', '<L', '@b', '<B', '@h', '<H']:
    for v in [2**31, -2**31 - 1, 2**32, -1, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**70]:
        t(lambda: struct.pack(c, v))
