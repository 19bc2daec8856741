# types: int() parsing of strings in various bases, signs, whitespace and errors
print(int("0"), int("42"), int("-42"), int("+42"), int("  7  "))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0x10", 16))
print(int("777", 8), int("0o777", 8), int("101", 2), int("0b101", 2))
print(int("z", 36), int("Zz", 36), int("10", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("123", 0))
print(int("1_000_000"), int("ff_ff", 16))
print(int("123456789012345678901234567890"))
print(int("-123456789012345678901234567890"))
print(int("ffffffffffffffffffffffff", 16))
print(int("10", 2), int("10", 3), int("10", 10), int("10", 16))
print(int("\t12\n"))
for bad in ["", " ", "1.5", "abc", "12a", "0x10", "--1", "1 2", "_1", "1__0"]:
    try:
        int(bad)
        print("parsed", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
for s, base in [("2", 2), ("9", 8), ("g", 16), ("0x1", 10)]:
    try:
        int(s, base)
    except ValueError:
        print("ValueError", repr(s), base)
try:
    int("1", 1)
except ValueError:
    print("ValueError base 1")
try:
    int(None)
except TypeError:
    print("TypeError None")
print(int(3.99), int(-3.99), int(1e20))
