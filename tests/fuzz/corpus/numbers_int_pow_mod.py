# numbers: pow(a, b, m) with negative exponents (modular inverse), signs of the modulus, big operands, and every error
def t(f, *a):
    try:
        print(f.__name__ if hasattr(f, '__name__') else f, a, '->', f(*a))
    except Exception as e:
        print(a, type(e).__name__, e)

for a, b, m in [(3, 4, 5), (3, -1, 7), (3, -2, 7), (-3, -1, 7), (2, 10, -7), (-2, 3, 5), (-2, 3, -5),
                (5, 0, 1), (5, 0, -1), (0, 0, 7), (7, 1, 7), (10**20 + 1, -1, 10**9 + 7),
                (3, 10**30, 10**20 + 1), (-(10**25), 3, 10**12 + 39), (2, -3, -11),
                (True, 5, 3), (5, True, 3), (5, 2, True), (123456789, -1, 2**64 + 13)]:
    t(pow, a, b, m)
# not invertible, zero modulus
t(pow, 2, -1, 4)
t(pow, 0, -1, 5)
t(pow, 6, -2, 9)
t(pow, 2, 3, 0)
t(pow, 2, -1, 1)
t(pow, 10**30, -1, 10**15)
# types
t(pow, 2.0, 3, 5)
t(pow, 2, 3.0, 5)
t(pow, 2, 3, 5.0)
t(pow, '2', 3, 5)
t(pow, 2, '3', 5)
t(pow, 2, 3, '5')
t(pow, 2, 3, None)
t(pow, 2)
t(pow, 2, 3, 4, 5)
print(pow(base=2, exp=10), pow(2, exp=5, mod=7), pow(base=3, exp=-1, mod=11))
t(lambda: pow(2, exp=3, foo=1))
# pow with two arguments
for a, b in [(2, 10), (2, -2), (-2, -3), (0, 0), (0, 5), (10, 20), (-10, 21), (7, 100),
             (2.5, 2), (4, 0.5), (True, 3), (2, True), (-1, 10**20), (-1, 10**20 + 1), (1, 10**30)]:
    t(pow, a, b)
t(pow, 0, -1)
t(pow, 0, -2.5)
t(pow, 0.0, -1)
print((5).__pow__(2, 3), (5).__pow__(-1, 3), (2).__rpow__(5))
