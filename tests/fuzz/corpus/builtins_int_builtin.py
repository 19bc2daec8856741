# builtins: int() from numbers, strings and bools, with bases and errors
print(int(), int(0), int(42), int(-42), int(True), int(False))
print(int(3.9), int(-3.9), int(0.0), int(-0.0), int(1e18))
print(int("42"), int(" -7 "), int("+3"), int("0"), int("000123"))
print(int("101", 2), int("17", 8), int("1f", 16), int("zz", 36), int("0x1f", 0))
print(int("99999999999999999999999"), int(str(2 ** 100)) == 2 ** 100)
print(type(int("5")).__name__, int(int(7)))
for bad in ["", "1.0", "one", "0x", "1e3"]:
    try:
        int(bad)
    except ValueError:
        print("ValueError", repr(bad))
for bad in [None, [1], (1,), {}]:
    try:
        int(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
class HasInt:
    def __int__(self):
        return 7
print(int(HasInt()))
print(int("  12\n"), int("-0"), int("1" * 25))
print([int(c) for c in "2024"])
print(int(2.5) + int("2"), int(10 / 3))
print(int("-ff", 16), int("-0b11", 0))
