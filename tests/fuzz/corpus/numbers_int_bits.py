# numbers: bit_length, bit_count and & | ^ ~ on small, big and negative ints, with bool results
vals = [0, 1, -1, 5, -5, 255, -256, 2**31, 2**32 - 1, -(2**32), 2**63, -(2**63), 2**64 + 1,
        2**100 - 1, -(2**100), 0x123456789abcdef0123456789, -0xfedcba9876543210fedcba]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), ~v, -v)
for a in vals[:12]:
    print([a & b for b in vals], [a | b for b in vals], [a ^ b for b in vals])
print(True.bit_length(), False.bit_count(), True & 3, True | 2, 6 ^ True)
for bad in [1.5, '1', None]:
    for op in ('&', '|', '^'):
        try:
            print(eval('5 %s bad' % op))
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        print(~bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.bit_count('x')
except TypeError as e:
    print(type(e).__name__)
