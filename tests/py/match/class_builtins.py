# match: built-in types whose single positional sub-pattern matches the whole subject
def kind(v):
    match v:
        case bool(b):
            return "bool %r" % (b,)
        case int(i):
            return "int %r" % (i,)
        case float(f):
            return "float %r" % (f,)
        case str(s):
            return "str %r" % (s,)
        case bytes(b):
            return "bytes %r" % (b,)
        case list(l):
            return "list %r" % (l,)
        case tuple(t):
            return "tuple %r" % (t,)
        case dict(d):
            return "dict %r" % (d,)
        case set(s):
            return "set %r" % (sorted(s),)
        case frozenset(s):
            return "frozenset %r" % (sorted(s),)
        case _:
            return "other"

for v in [True, False, 0, -5, 2**70, 1.5, "", "s", b"b", [], [1], (), (1, 2),
          {}, {"k": 1}, {3, 1, 2}, frozenset([2, 1]), None, range(3)]:
    print(kind(v))

# the sub-pattern can be any pattern
def literal(v):
    match v:
        case int(0) | float(0.0):
            return "a zero"
        case str("yes") | str("y"):
            return "yes"
        case list([x, *_]):
            return "list starting with %r" % (x,)
        case tuple((a, b)):
            return "pair %r %r" % (a, b)
        case dict({"k": k}):
            return "dict with k=%r" % (k,)
    return "no"
for v in [0, 0.0, False, "yes", "y", "n", [7, 8], [], (1, 2), (1, 2, 3), {"k": 1}, {"j": 1}]:
    print(repr(v), literal(v))

# bool is an int: int(x) matches True; bool(x) does not match 1
match True:
    case int(x):
        print("int() matched", x)
match 1:
    case bool(x):
        print("no")
    case _:
        print("1 is not a bool")

# subclasses of the built-ins match themselves too
class MyInt(int):
    pass
class MyStr(str):
    pass
match MyInt(7):
    case MyInt(x):
        print(type(x).__name__, x)
match MyStr("hi"):
    case str(x):
        print(type(x).__name__, x)

# a subclass that defines __match_args__ loses the self-matching
class Real(int):
    __match_args__ = ("real",)
match Real(9):
    case Real(r):
        print(type(r).__name__, r)

# keyword sub-patterns combine with the self sub-pattern
match 10:
    case int(x, real=r):
        print("self and keyword", x, r)
match "abc":
    case str(s, __class__=c):
        print(s, c.__name__)
