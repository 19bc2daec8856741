# types: bigint //, % and divmod with all sign combinations
n = 10 ** 40 + 12345
d = 10 ** 17 + 3
print(n // d, n % d)
print(divmod(n, d))
print(divmod(-n, d))
print(divmod(n, -d))
print(divmod(-n, -d))
for a in [n, -n]:
    for b in [d, -d, 7, -7, 2 ** 64, -(2 ** 64)]:
        q, r = divmod(a, b)
        assert q * b + r == a
        assert (r == 0) or ((r < 0) == (b < 0))
print("divmod identities hold")
print(2 ** 200 // 2 ** 100 == 2 ** 100)
print(2 ** 200 % (2 ** 100 - 1))
print(12345678901234567890123 // 10, 12345678901234567890123 % 10)
print((3 ** 100) // (3 ** 50), (3 ** 100) % (3 ** 50))
print(5 // (2 ** 70), -5 // (2 ** 70), 5 % (2 ** 70) == 5, -5 % (2 ** 70))
print(10 ** 30 / 10 ** 28)
print(2 ** 100 / 2 ** 99)
try:
    2 ** 100 // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    2 ** 100 % 0
except ZeroDivisionError:
    print("ZeroDivisionError")
digits = []
x = 2 ** 90
while x:
    x, r = divmod(x, 10)
    digits.append(r)
print("".join([str(c) for c in reversed(digits)]), str(2 ** 90))
