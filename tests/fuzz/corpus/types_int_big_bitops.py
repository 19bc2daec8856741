# types: bitwise operations and shifts on bigints, including negatives
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 100 - 1
print(a & b, a | b, a ^ b)
print(~a, ~(-a))
print(a >> 50, a >> 100, a >> 101, a >> 1000)
print(a << 10, 1 << 200)
print(-a >> 3, -a & 0xffff, -a | 1, -a ^ 0xff)
print(-(2 ** 70) >> 70, -(2 ** 70) >> 69, (-(2 ** 70) - 1) >> 70)
m = (1 << 64) - 1
print(a & m, (a >> 64) & m)
print(-1 & m, -2 & m)
print((2 ** 65) ^ (2 ** 65), (2 ** 65) | 0, (2 ** 65) & 0)
x = 0
for i in range(0, 130, 13):
    x |= 1 << i
print(x, bin(x).count("1"))
print((2 ** 128 - 1) & -(2 ** 64))
print(~0 & (2 ** 80 - 1) == 2 ** 80 - 1)
print((12345678901234567890 >> 7) << 7 == 12345678901234567890 & ~127)
