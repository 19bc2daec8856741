# types: float arithmetic, mixing with int, and conversion from int and str
print(1.5 + 2.25, 3.0 - 0.5, 2.5 * 4, 7.0 / 2)
print(1 + 2.0, 3 * 0.5, 10 / 4, 2 ** 0.5 * 2 ** 0.5 > 1.99)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(float(3), float(-3), float("1.5"), float("  -2.25  "), float("1e3"))
print(float("3"), float(".5"), float("5."), float("+1.0"))
print(int(2.9), int(-2.9), int(1e10), int(-0.5))
print(type(1.0).__name__, type(1 + 1.0).__name__, type(4 / 2).__name__)
print(0.5 == 1 / 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(2.0 ** 10, 2 ** -3, 10.0 ** -2)
print(1.0 == 1, 1.5 > 1, -0.0 == 0.0)
print(round(2.675 * 100) / 100 > 2.6)
print(float(10 ** 20), float(2 ** 53), float(2 ** 53 + 1) == 2.0 ** 53)
x = 0.0
for i in range(10):
    x += 0.25
print(x)
print(3.0 * 1.5 - 2.0, (1.0 + 2.0) * 3.0)
print(1e3 + 1e-3)
print(abs(-2.5), -2.5 * -2)
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    float("abc")
except ValueError:
    print("ValueError")
print(1.0.is_integer(), 1.5.is_integer())
