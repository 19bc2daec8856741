# struct: native sizes, alignment and ranges of a 32-bit i386 host (l, L, n, N, P 4 bytes; double and long long 4-aligned)
# (SKIP on 64-bit hosts: struct_native.py tests those against CPython. The .exp is
# CPython's behaviour on i386: sizes as its C compiler's struct layout, range
# errors naming the 32-bit limits.)
import struct, sys
if sys.maxsize > 2 ** 32:
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
print(struct.pack('@nNP', -1, 2**32 - 1, 12345), struct.unpack('@nNP', struct.pack('@nNP', -7, 8, 9)))
for c in ['@l', '@L', '@n', '@N', '@P', '@i', '@I', '<i', '<I', '<l', '<L', '@b', '<B', '@h', '<H']:
    for v in [2**31, -2**31 - 1, 2**31 - 1, -2**31, 2**32, 2**32 - 1, -1, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**70]:
        t(lambda: struct.pack(c, v))
