# builtins: divmod for ints, negative operands, bigints and floats
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 10), (10, 1)]:
    print(a, b, divmod(a, b))
print(divmod(2 ** 70, 3), divmod(-(2 ** 70), 3 ** 20))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(1, 0.3)[0])
print(divmod(True, True))
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
def to_hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return h, m, s
print(to_hms(3725), to_hms(59), to_hms(86399))
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1]
print(digits(9081726354))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod(1.0, 0)
except ZeroDivisionError:
    print("ZeroDivisionError float")
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
print(type(divmod(5, 2)).__name__)
