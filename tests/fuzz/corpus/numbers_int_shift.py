# numbers: << and >> on small and big ints, negative operands, huge counts (MemoryError/OverflowError) and negative counts
for a in [0, 1, -1, 5, -5, 255, -256, 2**62, -(2**62), 2**100 + 12345, -(2**100) - 1]:
    print(a, [a << n for n in (0, 1, 7, 31, 32, 33, 63, 64, 65, 100)])
    print(a, [a >> n for n in (0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 1000)])
print(-1 >> 2**70, 1 >> 2**70, 0 << 2**100, 0 >> 2**100, -(2**100) >> 2**64)
for a, n in [(1, -1), (1, -(2**70)), (2**100, -1), (0, -1)]:
    for op in ('<<', '>>'):
        try:
            print(eval('a %s n' % op))
        except ValueError as e:
            print(op, type(e).__name__, e)
for n in [2**62, 2**63, 2**64, 2**70, 10**30]:
    try:
        print(1 << n)
    except (MemoryError, OverflowError) as e:
        print(n.bit_length(), type(e).__name__, e)
for a, n in [(1, 1.5), (1.5, 1), ('1', 1), (1, None)]:
    try:
        print(a << n)
    except TypeError as e:
        print(type(e).__name__, e)
print(True << 3, True >> 1, 1 << True, (5).__lshift__(2), (5).__rrshift__(64))
x = 3
x <<= 70
print(x)
x >>= 69
print(x)
