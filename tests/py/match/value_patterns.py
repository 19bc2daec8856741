# match: value patterns (dotted names) compare by == and are looked up each time
import sys

class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"

class Namespace:
    pass
ns = Namespace()
ns.limit = 10
ns.inner = Namespace()
ns.inner.word = "deep"

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case ns.limit:
            return "limit"
        case ns.inner.word:
            return "deep word"
        case sys.maxsize:
            return "maxsize"
    return "unknown"

# (sys.maxsize printed by name: its value is the host's word size)
for v in [1, 2, "blue", 10, "deep", sys.maxsize, 3, True, 2.0]:
    print('sys.maxsize' if v is sys.maxsize else repr(v), name(v))

# the value is read at match time, not when the function was defined
Color.RED = 100
print(name(1), name(100))
ns.limit = 11
print(name(10), name(11))

# value patterns inside structures, and or-patterns of values
def pair(p):
    match p:
        case (Color.GREEN, Color.BLUE | ns.limit):
            return "green pair"
        case [ns.inner.word, *rest]:
            return "deep list " + repr(rest)
    return "no"
print(pair((2, "blue")), pair((2, 11)), pair((2, 12)), pair(["deep", 1, 2]))

# an attribute lookup that fails raises AttributeError
try:
    match 5:
        case ns.missing:
            print("no")
except AttributeError as e:
    print(type(e).__name__, e.args)

# __eq__ of the subject is used first
class Loud:
    def __eq__(self, other):
        print("Loud.__eq__", repr(other))
        return other == "blue"
print(name(Loud()))
