# struct: integer range checks and messages for each code, size and mode; non-integers
import struct
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for mode in '@<':
    for c in 'bBhH':
        for v in [-1, 255, 256, -129, 65536, -2**31, 2**70]:   # (-2**40: struct_native*.py)
            t(lambda: struct.pack(mode + c, v))
    # (native l, L, n, N and P have the host's sizes, and the 4-byte codes' range
    # errors depend on the width of a C long: tests/py/modules/struct_native*.py)
    for c in 'iIlL' if mode == '<' else 'iI':
        for v in [-1, 0, 2**31 - 1, -2**31 if c in 'il' else 2**32 - 1]:
            t(lambda: struct.pack(mode + c, v))
    for c in 'qQ':
        for v in [2**31, -2**31 - 1, 2**32, -1, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**70]:
            t(lambda: struct.pack(mode + c, v))
    for c in 'bBhHiIlLqQ':
        t(lambda: struct.pack(mode + c, 1.0))
        t(lambda: struct.pack(mode + c, '1'))
        t(lambda: struct.pack(mode + c, None))
