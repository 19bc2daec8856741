# types: bigint multiplication including signs and mixed small/big operands
a = 123456789
print(a * a, a * a * a, a * a * a * a)
b = 2 ** 100 + 7
print(b * 3, 3 * b, b * -1, -b * -b)
print(b * 0, 0 * b)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f * f)
x = 10 ** 50 + 1
y = 10 ** 50 - 1
print(x * y, x * y == 10 ** 100 - 1)
print((2 ** 64) * (2 ** 64) == 2 ** 128)
print(99999999999 * 99999999999)
print(-123456789012345678901234567890 * 98765432109876543210)
r = 1
for k in range(30):
    r = r * 31 + k
print(r)
print(7 ** 77)
print(3 ** 200 * 2 ** 200 == 6 ** 200)
print((-2) ** 101)
print(12345678901234567890 ** 2)
