# match: many cases, many alternatives and long patterns compile and run with a balanced stack
def digit_name(d):
    match d:
        case 0: return "zero"
        case 1: return "one"
        case 2: return "two"
        case 3: return "three"
        case 4: return "four"
        case 5: return "five"
        case 6: return "six"
        case 7: return "seven"
        case 8: return "eight"
        case 9: return "nine"
        case _: return "?"
print(" ".join(digit_name(int(c)) for c in "9081726354"), digit_name(10))

def vowel(c):
    match c:
        case "a" | "e" | "i" | "o" | "u" | "A" | "E" | "I" | "O" | "U" | "y" | "Y":
            return True
        case _:
            return False
print("".join(c for c in "The Quick Brown Fox Jumps Over The Lazy Dog" if vowel(c)))

def long_seq(s):
    match s:
        case [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]:
            return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p
        case [a, b, c, d, e, f, g, h, *rest, x, y, z]:
            return (a, h, len(rest), x, z)
    return None
print(long_seq(list(range(16))), long_seq(list(range(20))), long_seq(list(range(5))))

def wide_map(d):
    match d:
        case {"a": a, "b": b, "c": c, "d": d_, "e": e, "f": f, "g": g, "h": h, **rest}:
            return a + b + c + d_ + e + f + g + h, sorted(rest)
    return None
print(wide_map({k: i for i, k in enumerate("abcdefghijk")}), wide_map({"a": 1}))

class Many:
    __match_args__ = tuple("abcdefgh")
    def __init__(self):
        for i, k in enumerate("abcdefgh"):
            setattr(self, k, i)
match Many():
    case Many(a, b, c, d, e, f, g, h):
        print("eight positional", a, b, c, d, e, f, g, h)

# an or-pattern where each alternative binds eight names in a different order
def rot(t):
    match t:
        case (0, a, b, c, d, e, f, g, h) | (1, h, a, b, c, d, e, f, g) | (2, g, h, a, b, c, d, e, f):
            return [a, b, c, d, e, f, g, h]
    return None
print(rot((0, 1, 2, 3, 4, 5, 6, 7, 8)), rot((1, 8, 1, 2, 3, 4, 5, 6, 7)), rot((2, 7, 8, 1, 2, 3, 4, 5, 6)))

# running the same match many times leaks nothing on the stack
count = 0
for i in range(3000):
    match (i, [i, i + 1], {"k": i}):
        case (0, _, _):
            count += 100
        case (n, [a, b], {"k": k}) if n % 7 == 0 and a == k:
            count += 1
        case (_, [_, *_], {**r}):
            count += len(r)
print(count)
