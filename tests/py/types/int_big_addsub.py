# types: bigint addition and subtraction across the small/big boundary
a = 2 ** 62
print(a + a, a + a + a + a)
b = 2 ** 64 - 1
print(b + 1, b - b, -b - 1)
x = 1
for i in range(100):
    x = x + x
print(x)
print(x - 1)
print(x - x == 0)
c = 10 ** 30
d = 10 ** 29 * 7 + 12345
print(c + d, c - d, d - c)
print(-c + d, -c - d)
print(c + 1 - c, c - 1 + 1 == c)
s = 0
for i in range(1, 201):
    s += i ** 10
print(s)
n = 123456789012345678901234567890
m = 987654321098765432109876543210
print(n + m, m - n, n - m)
print(n + (-n), -(n + m))
big_neg = -(2 ** 200)
print(big_neg + 2 ** 200, big_neg + 1, big_neg - 1)
print(2 ** 63 - 2 ** 63 + 5, type(2 ** 100 - 2 ** 100).__name__)
y = 9
for i in range(40):
    y = y * 10 + 9
print(y, y + 1)
