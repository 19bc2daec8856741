# Floor division of bigints whose quotient fits one limb (the one-pass path): signs, exact
# divisions, quotients at 0, 1, 2^32 - 1, divisors with every top-limb width, and a spigot.
# Our own generator: the random module's sequences differ from CPython's.
state = 17


def bits_of(n):
    global state
    out = 0
    for _ in range((n + 31) // 32):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 32) | (state >> 32)
    return out & ((1 << n) - 1)


checks = 0
h = 0
for bits in (64, 65, 95, 96, 97, 128, 160, 200, 1000):
    for top in range(0, 32, 3):
        for _ in range(20):
            b = bits_of(bits) | (1 << (bits - 1))
            b >>= top
            b = max(b, 1 << 40)
            for q in (0, 1, 2, 9, 10, 2**31, 2**32 - 2, 2**32 - 1, bits_of(32)):
                for extra in (0, 1, b - 1, bits_of(bits) % b):
                    a = q * b + extra
                    for sa in (1, -1):
                        for sb in (1, -1):
                            x, y = sa * a, sb * b
                            r = x // y
                            h = (h * 31 + r) % (2**61 - 1)
                            checks += 1
                            if r * y + x % y != x or not (0 <= (x % y) * sb < b):
                                print("mismatch", x, y, r)
print(checks, h)

# Exact multiples, and the last values before the quotient needs a second limb.
b = 3**80
for q in (2**32 - 1, 2**32, 2**32 + 1):
    print(q * b // b, (q * b - 1) // b, (q * b + 1) // b, -(q * b) // b, (-q * b - 1) // b)
print((2**96 - 1) // (2**64 + 1), -(2**96) // (2**64 - 1), (2**64) // (2**64), (2**64 - 1) // 2**64)

# Gibbons' spigot, which divides by t with a one-digit quotient.
q, r, t, k, out = 1, 0, 1, 1, []
while len(out) < 300:
    d = (3 * q + r) // t
    if d == (4 * q + r) // t:
        out.append(d)
        q, r = 10 * q, 10 * (r - d * t)
    else:
        q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
print("".join(map(str, out)))
