# struct: integer range checks and messages for each code, size and mode; non-integers
import struct
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for mode in '@<':
    for c in 'bBhH':
        for v in [-1, 255, 256, -129, 65536, -2**40, 2**70]:
            t(lambda: struct.pack(mode + c, v))
    for c in 'iIlLqQnNP':
        if mode == '<' and c in 'nNP':
            continue
        for v in [2**31, -2**31 - 1, 2**32, -1, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**70]:
            t(lambda: struct.pack(mode + c, v))
    for c in 'bBhHiIlLqQ':
        t(lambda: struct.pack(mode + c, 1.0))
        t(lambda: struct.pack(mode + c, '1'))
        t(lambda: struct.pack(mode + c, None))
