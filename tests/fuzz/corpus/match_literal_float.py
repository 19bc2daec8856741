# match: float literal patterns, negative floats, exponent forms and int/float equality
def f(x):
    match x:
        case 0.5:
            return "half"
        case -2.5:
            return "minus two and a half"
        case 1e3:
            return "thousand"
        case 1.5e-3:
            return "small"
        case -0.0:
            return "zero (either sign)"
        case 3.0:
            return "three"
        case .25:
            return "quarter"
        case _:
            return "other"

for v in [0.5, -2.5, 1000, 1000.0, 0.0015, 0.0, -0.0, 0, 3, 3.0, 0.25, 1/4, 0.1 + 0.2, 0.3, -0.5]:
    print(repr(v), f(v))

# nan is never equal to anything, so it only matches a capture
nan = float("nan")
match nan:
    case 0.0:
        print("zero?")
    case x:
        print("captured", x, x == x)

inf = float("inf")
match [inf, -inf]:
    case [1e309, -1e309]:
        print("infinities by literal overflow")
    case _:
        print("no")
