# match: integer literal patterns, including negative, zero, big and equal-valued subjects
def kind(n):
    match n:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 42:
            return "answer"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "million"
        case 123456789012345678901234567890:
            return "big"
        case -123456789012345678901234567890:
            return "negative big"
        case _:
            return "other"

for v in [0, 1, -1, 42, 16, 1000000, 123456789012345678901234567890,
          -123456789012345678901234567890, 2, -2, 10**30]:
    print(v, kind(v))

# equal values of other numeric types match by ==
print(kind(1.0), kind(0.0), kind(-0.0), kind(-1.0), kind(42.0), kind(42.5))
print(kind(True), kind(False))
# non-numbers never equal an int
print(kind("1"), kind(None), kind([1]), kind((0,)))

def small(n):
    match n:
        case -0:
            print("neg zero literal", n)
        case 0b101:
            print("binary five", n)
        case 0o17:
            print("octal fifteen", n)
        case 9223372036854775807:
            print("max int64", n)
        case -9223372036854775808:
            print("min int64", n)
        case 4611686018427387904:
            print("2**62", n)
        case n2:
            print("no literal", n2)

for v in [0, 5, 15, 2**63 - 1, -2**63, 2**62, 2**62 - 1, -2**62]:
    small(v)
