# int // and % on bigints at the edges of the C-stack buffers (512 limbs): every sign pair, small quotients and remainders, divisor longer than dividend
def check(a, b):
    for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
        q, r = x // y, x % y
        assert q * y + r == x, (x, y)
        assert (r == 0) or ((r > 0) == (y > 0))
        print(q % 1000003, r % 1000003, q.bit_length(), r.bit_length(), type(q).__name__)

for bits in (40, 64, 65, 500, 16000, 16352, 16384, 16416, 17000, 33000):
    a = (1 << bits) // 3 + 12345
    b = (1 << (bits // 2)) + 7
    check(a, b)
    check(a, a - 1)          # quotient 1, remainder big
    check(a * 9 + 4, a)      # small quotient, small remainder
    check(a, a * 5)          # divisor longer: quotient 0 or -1
    check(a * a, a)          # exact
print((10 ** 5000) // (10 ** 4990), (10 ** 5000 + 17) % (10 ** 4990))
print(-(10 ** 300) // 7, -(10 ** 300) % 7, (10 ** 300) // -7, (10 ** 300) % -7)
