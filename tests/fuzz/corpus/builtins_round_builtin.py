# builtins: round() with and without ndigits, banker's rounding, ints and negatives
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.4), round(2.6), round(-2.4), round(-2.6))
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4), round(2.5, 0))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2))
print(round(7), round(-7), round(15, -1), round(25, -1), round(1234, -2), round(-1250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
print(round(0.1 + 0.2, 2), round(1 / 3, 3), round(2 / 3, 5))
print(round(1e20), round(-1e15 + 0.5))
print(round(True), round(0.0), round(-0.0))
print(round(123.456, 10), round(5.55, 1), round(0.125, 2), round(0.375, 2))
try:
    round(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    round(float("nan"))
except ValueError:
    print("ValueError")
try:
    round("1.5")
except TypeError:
    print("TypeError")
prices = [19.999, 5.005, 0.333]
print([round(p, 2) for p in prices])
print(round(2 ** 70, -20))
