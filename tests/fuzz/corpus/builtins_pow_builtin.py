# builtins: pow() with two and three arguments, negative and float exponents
print(pow(2, 10), pow(2, 0), pow(0, 0), pow(-2, 3), pow(-2, 4))
print(pow(2, -1), pow(4, 0.5), pow(2.0, 3), pow(8, 1 / 3) > 1.99)
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(123456789, 987654321, 1000000007))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(2, 5, 1))
print(pow(10, 30), pow(2, 200, 10 ** 30 + 57))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError mod 0")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError float with mod")
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all([modexp(b, e, 97) == pow(b, e, 97) for b in range(2, 20) for e in range(0, 30, 7)]))
print(pow(1.5, 2), pow(2, 0.5) ** 2 > 1.9999)
print(type(pow(2, 3)).__name__, type(pow(2, -3)).__name__, type(pow(2.0, 3)).__name__)
