# match: combinations of pattern kinds inside each other (class in mapping in sequence, and so on)
class Pair:
    __match_args__ = ("first", "second")
    def __init__(self, first, second):
        self.first, self.second = first, second
    def __repr__(self):
        return "Pair(%r, %r)" % (self.first, self.second)

def f(v):
    match v:
        case [Pair(1, {"k": [x, *_]}), *_]:
            return "seq>class>map>seq: %r" % (x,)
        case {"pairs": [Pair(a, b), Pair(c, d)]}:
            return "map>seq>class: %r" % ([a, b, c, d],)
        case Pair([*xs], Pair(y, z) | {"y": y, "z": z}):
            return "class>seq and class|map: %r %r %r" % (xs, y, z)
        case Pair(first=(int() | float()) as num, second=str() as text):
            return "class keywords with classes: %r %r" % (num, text)
        case (1, 2) | [3, 4] | {"five": 5}:
            return "sequence or mapping alternatives"
        case {"nested": {"deeper": {"deepest": Pair(_, None)}}}:
            return "deep mapping ending in a class"
    return "no"

tests = [
    [Pair(1, {"k": [9, 8]}), "tail"],
    [Pair(1, {"k": []})],
    {"pairs": [Pair(1, 2), Pair(3, 4)]},
    {"pairs": [Pair(1, 2)]},
    Pair([1, 2], Pair("y", "z")),
    Pair((), {"y": 1, "z": 2, "w": 3}),
    Pair(2.5, "text"),
    Pair(True, "bool is an int"),
    Pair("x", "y"),
    (1, 2), [3, 4], {"five": 5, "six": 6}, (3, 4, 5),
    {"nested": {"deeper": {"deepest": Pair(0, None)}}},
    {"nested": {"deeper": {"deepest": Pair(0, 0)}}},
]
for t in tests:
    print(repr(t), "->", f(t))
