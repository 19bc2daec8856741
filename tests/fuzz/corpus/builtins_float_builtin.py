# builtins: float() from ints, strings (incl. inf/nan/exponents) and errors
print(float(), float(0), float(7), float(-7), float(True))
print(float("1.5"), float("-2.5"), float("  3.25  "), float("1e3"), float("1E-3"))
print(float(".5"), float("5."), float("+.5"), float("-0"), float("00012.5"))
print(float("inf"), float("-inf"), float("nan"), float("Infinity"), float("-iNF"))
print(float(2 ** 60), float(10 ** 20), float(-(10 ** 20)))
print(float("1_000.5"), float("1e-7"), float("123456789012345678"))
print(type(float(1)).__name__, float(float("2.5")))
for bad in ["", "abc", "1.2.3", "1e", "e5", "--1", "1 2"]:
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
for bad in [None, [1.0], {}]:
    try:
        float(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
class HasFloat:
    def __float__(self):
        return 2.5
print(float(HasFloat()))
print(float("0.1") + float("0.2"))
print(float(1) / 3, float(str(1 / 3)) == 1 / 3)
print(float("3.14159265358979"), float("2.718281828459045"))
try:
    float(10 ** 400)
except OverflowError:
    print("OverflowError")
