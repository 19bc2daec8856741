# types: small int arithmetic + - * / // % ** and type of results
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** b, b ** 0, 0 ** 0)
print(type(a / b).__name__, type(a // b).__name__)
print(-a + b, -a - b, -a * b)
print(a * 0, 0 - a)
print(1 + 1 == 2)
print(10 / 5, type(10 / 5).__name__)
print(7 % 7, 0 % 5, 5 % 1)
print(2 ** 10, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64)
print(3 ** 4 ** 2)
print((-3) ** 3, (-3) ** 4)
print(2 ** -2, type(2 ** -2).__name__)
print(int(7.9), int(-7.9), int("12"), int(True))
x = 0
for i in range(1, 11):
    x = x * 10 + i
print(x)
print(abs(-12), abs(12), abs(0))
print(12 + 3 * 0, (12).__class__ is int)
n = 1000000
print(n * n, n * n * n)
print(-n * n)
print(1 - 2 - 3, 1 - (2 - 3))
print(max(3, 9, -2), min(3, 9, -2))
print(round(17 / 4), 17 // 4)
print(int("-0"), -0, 0 * -1)
