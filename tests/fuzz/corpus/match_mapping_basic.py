# match: mapping patterns: required keys, extra keys, nested values, non-mapping subjects
def describe(d):
    match d:
        case {"type": "point", "x": x, "y": y}:
            return "point at %r,%r" % (x, y)
        case {"type": "circle", "r": r} if r > 0:
            return "circle r=%r" % (r,)
        case {"type": t}:
            return "unknown type %r" % (t,)
        case {}:
            return "some other mapping with %d keys" % len(d)
        case _:
            return "not a mapping"

tests = [
    {"type": "point", "x": 1, "y": 2},
    {"y": 2, "x": 1, "type": "point", "extra": True},
    {"type": "circle", "r": 3},
    {"type": "circle", "r": -3},
    {"type": "square"},
    {"x": 1},
    {},
    [("type", "point")],
    "type",
    None,
]
for t in tests:
    print(repr(t), "->", describe(t))

# keys of several kinds
def keys(d):
    match d:
        case {1: a, 2.5: b}:
            return ("int and float keys", a, b)
        case {None: a, True: b}:
            return ("None and True keys", a, b)
        case {-1: a}:
            return ("negative key", a)
        case {b"k": a}:
            return ("bytes key", a)
    return "no"
print(keys({1: "a", 2.5: "b"}), keys({1.0: "a", 2.5: "b"}), keys({None: 0, True: 1}),
      keys({None: 0, 1: 1}), keys({-1: "neg"}), keys({b"k": "v"}), keys({"k": 1}))
# a key must be a literal or a dotted name: a tuple is a SyntaxError
try:
    compile("match x:\n    case {(1, 2): a}:\n        pass\n", "<m>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)

# values are sub-patterns
match {"list": [1, 2, 3], "map": {"inner": "v"}, "lit": 5}:
    case {"list": [first, *others], "map": {"inner": iv}, "lit": 5}:
        print(first, others, iv)

# a value pattern that fails makes the whole mapping fail
match {"a": 1, "b": 2}:
    case {"a": 1, "b": 3}:
        print("no")
    case {"a": 1, "b": bb}:
        print("b is", bb)

# {} matches any mapping, including empty ones, but nothing else
for v in [{}, {1: 2}, [], set(), ""]:
    match v:
        case {}:
            print(repr(v), "is a mapping")
        case _:
            print(repr(v), "is not")
