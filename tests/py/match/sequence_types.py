# match: which subjects count as sequences: list, tuple, range and their subclasses; never str, bytes, dict, set or iterators
def is_seq(v):
    match v:
        case [*_]:
            return True
    return False

def two(v):
    match v:
        case [a, b]:
            return (a, b)
    return None

class MyList(list):
    pass
class MyTuple(tuple):
    pass
class Indexable:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)

samples = [
    ("list", [1, 2]), ("tuple", (1, 2)), ("range", range(2)),
    ("MyList", MyList([1, 2])), ("MyTuple", MyTuple((1, 2))),
    ("str", "ab"), ("bytes", b"ab"), ("dict", {1: 2, 3: 4}), ("set", {1, 2}),
    ("frozenset", frozenset([1, 2])), ("iterator", iter([1, 2])),
    ("dict keys", {1: 2, 3: 4}.keys()), ("Indexable", Indexable()),
    ("int", 12), ("None", None),
]
for label, v in samples:
    print(label, is_seq(v), two(v))

# an empty str is not an empty sequence
match "":
    case []:
        print("empty str matched []")
    case "":
        print("empty str matched ''")

# str inside a sequence is fine as an item
match ["ab", "cd"]:
    case [[a, b], c]:
        print("str item unpacked?", a, b, c)
    case [x, y]:
        print("str items", x, y)

# a list subclass that overrides __len__ is asked for its length; unpacking
# then finds more items than it said and raises
class Short(list):
    def __len__(self):
        return 1
try:
    match Short([1, 2, 3]):
        case [x, y]:
            print("no: __len__ says one item")
        case [x]:
            print("no: unpacking sees three")
except ValueError as e:
    print(type(e).__name__, e.args)
