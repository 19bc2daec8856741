# match: mapping lookups go through get(); dotted-name keys, duplicate and unhashable keys at run time
class Logged(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return dict.get(self, key, default)

match Logged(a=1, b=2):
    case {"a": 1, "b": b}:
        print("matched, b =", b)
match Logged(a=1):
    case {"z": z, "a": a}:
        print("no")
    case _:
        print("stopped at the first missing key")

# a get that invents values makes any key present
class Always(dict):
    def get(self, key, default=None):
        return "invented " + str(key)
match Always():
    case {}:
        print("{} needs no keys")
match Always(x=1):
    case {"x": x}:
        print(x)

# __missing__ is not consulted (no default-dict style insertion)
class Missing(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0
m = Missing(a=1)
match m:
    case {"b": b}:
        print("no")
    case {"a": a}:
        print("a =", a, "and the dict is", m)

# keys given by dotted names
class K:
    A = "a"
    B = "b"
    ONE = 1
match {"a": 10, "b": 20, 1: "one"}:
    case {K.A: x, K.B: y, K.ONE: z}:
        print(x, y, z)

# the same dotted key twice is a ValueError when the keys are looked up
class Dup:
    X = 1
    Y = 1
try:
    match {1: "one", 2: "two"}:
        case {Dup.X: a, Dup.Y: b}:
            print("no")
except ValueError as e:
    print(type(e).__name__, e.args)

# an unhashable key raises TypeError
class Bad:
    KEY = []
try:
    match {1: 2}:
        case {Bad.KEY: v}:
            print("no")
except TypeError as e:
    print(type(e).__name__, e.args)

# the length check comes first: too few items fail without looking keys up
match {1: "one"}:
    case {Dup.X: a, Dup.Y: b}:
        print("no")
    case _:
        print("too short to check keys")
