# match: or-patterns: alternatives tried left to right, binding the same names in any order
def small(n):
    match n:
        case 0 | 1 | 2:
            return "tiny"
        case 3 | 4 | 5 | 6:
            return "small"
        case "a" | "b" | None | True:
            return "special"
        case _:
            return "other"
print([small(v) for v in [0, 1, 2, 3, 6, 7, "a", "b", "c", None, True, False]])

# alternatives that bind the same names, in different orders
def coords(p):
    match p:
        case (x, 0) | (0, x):
            return "on an axis at %r" % (x,)
        case [x, y] | {"x": x, "y": y} | (y, x, "swapped"):
            return "x=%r y=%r" % (x, y)
    return "no"
for p in [(5, 0), (0, 7), (0, 0), [1, 2], {"x": 3, "y": 4}, (9, 8, "swapped"), (1, 2, 3)]:
    print(repr(p), coords(p))

# three names, reordered differently by each alternative
def three(t):
    match t:
        case ("abc", a, b, c) | ("cab", c, a, b) | ("bca", b, c, a) | ("cba", c, b, a):
            return a, b, c
    return None
for t in [("abc", 1, 2, 3), ("cab", 3, 1, 2), ("bca", 2, 3, 1), ("cba", 3, 2, 1), ("xyz", 1, 2, 3)]:
    print(three(t))

# nested or-patterns and or-patterns inside other patterns
def nested(v):
    match v:
        case [(1 | 2) as first, ("a" | "b") as second]:
            return "digits and letters %r %r" % (first, second)
        case {"k": [x] | (x, _)}:
            return "mapping with %r" % (x,)
        case ((1 | 2) | (3 | 4)):
            return "one to four"
    return "no"
for v in [[1, "a"], [2, "b"], [3, "a"], {"k": [5]}, {"k": (6, 7)}, {"k": (6, 7, 8)}, 3, 4, 5]:
    print(repr(v), nested(v))

# captures from earlier in the pattern survive the or-pattern
match [1, 2, 3]:
    case [a, (2 | 20) as b, c]:
        print(a, b, c)
match [10, (1, 2), 30]:
    case [p, (q, r) | [q, r, _], s]:
        print(p, q, r, s)

# the last alternative may be irrefutable
def last(v):
    match v:
        case [x] | (x, "pair") | x:
            return "x=%r" % (x,)
print(last([1]), last((2, "pair")), last(3), last([4, 5]))
def wild(v):
    match v:
        case 1 | 2 | _:
            return "anything"
print(wild(1), wild(9))

# a failing alternative binds nothing, even after capturing part of its pattern
x = "unbound"
match (5, 8):
    case (x, 9) | (8, x):
        print("no")
    case _:
        print("x is", x)
match (5, 8):
    case (x, 9) | (x, 8):
        print("second alternative: x is", x)
