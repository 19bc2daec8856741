# types: float divmod, pow, round, int conversion and int/float mixing
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(1.0, 0.25), divmod(5, 1.5))
print(2.0 ** 3, 2 ** 3.0, 9 ** 0.5, 8 ** (1 / 3) > 1.99)
print((-8.0) ** 2, 0.0 ** 0)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(1234.5678, -2), round(1.0), type(round(1.5)).__name__)
print(round(2.675, 2), round(7.0, 1))
print(int(3.7), int(-3.7), int(0.9999), int(1e15))
print(float(1) + 1, 1 + 0.0, 1 - 1.0)
print(5 / 2, 5 // 2, 5 // 2.0, -5 // 2.0)
print(3 % 2.5, -3 % 2.5, 3.5 % 1)
print(1.5 * 2 == 3, 2.0 * 2 == 4)
print(1e2 == 100, 1e2 + 1)
print(0.1 * 10, sum([0.1] * 10))
print(abs(-0.0), -0.0, 0.0 * -1)
print(7 / 7, 0 / 5, -0 / 5)
print(2 ** 10 / 2 ** 5, 3 / 0.5)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    5 % 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")
