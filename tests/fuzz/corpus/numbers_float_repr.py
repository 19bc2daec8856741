# numbers: repr/str of floats is the shortest round-trip form (CPython's), on fixed cases and deterministic pseudo-random bit patterns
cases = [0.1, 0.2, 0.3, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 1e-7, 1e-4, 1e-5, 0.0001, 123456789.123456789,
         1e22, 1e23, 9007199254740993.0, 2.0**53, 2.0**63, 2.0**-1074, 5e-324, 1e-323, 2.2250738585072014e-308,
         1.7976931348623157e308, -0.0, 0.0, 1.0, -1.5, 100.0, 1e100, 1.5e-300, 4.35, 2.675, 0.5, 1e308 * 10,
         -1e308 * 10, 9999999999999998.0, 9999999999999999.0, 0.00015, 123e-20, 2.0**1023, 2.0**-1022]
for c in cases:
    print(repr(c), str(c), repr(-c))
print(float('nan'), -float('nan'), float('-inf'), [1.5, -0.0], (0.1,), {2.5: 0.25})
# powers of two: the lower rounding interval is half the upper one
print([repr(2.0 ** e) for e in range(-1074, 1024, 37)])
print([repr(2.0 ** e) for e in (-1021, -1000, -890, -500, 55, 97, 200, 1000)])
# pseudo-random bit patterns through float.fromhex (every exponent)
seed = 2024
def rnd(bits):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> (64 - bits)
out = []
for i in range(400):
    mant = rnd(52)
    exp = rnd(11)
    if exp == 2047:
        continue
    if exp == 0:
        x = float.fromhex('0x0.%013xp-1022' % mant)
    else:
        x = float.fromhex('0x1.%013xp%d' % (mant, exp - 1023))
    if rnd(1):
        x = -x
    out.append(repr(x))
    assert float(repr(x)) == x
for i in range(0, len(out), 8):
    print(' '.join(out[i:i + 8]))
