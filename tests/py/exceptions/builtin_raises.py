# exceptions: exception types raised by common builtin operations
def kind(f):
    try:
        f()
        return "no error"
    except Exception as e:
        return type(e).__name__
tests = [
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("{}['x']", lambda: {}["x"]),
    ("[][0]", lambda: [][0]),
    ("()[5]", lambda: ()[5]),
    ("'abc'[9]", lambda: "abc"[9]),
    ("'a' + 1", lambda: "a" + 1),
    ("1 + None", lambda: 1 + None),
    ("len(1)", lambda: len(1)),
    ("int('z')", lambda: int("z")),
    ("float('z')", lambda: float("z")),
    ("[].pop()", lambda: [].pop()),
    ("[1].remove(2)", lambda: [1].remove(2)),
    ("None.x", lambda: None.x),
    ("(1).foo", lambda: (1).foo),
    ("undefined_name", lambda: undefined_name),
    ("next(iter([]))", lambda: next(iter([]))),
    ("set().pop()", lambda: set().pop()),
    ("'x'.index('y')", lambda: "x".index("y")),
    ("chr(-1)", lambda: chr(-1)),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
    ("hash([])", lambda: hash([])),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("1 << -1", lambda: 1 << -1),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("[x for x in [1]][5]", lambda: [x for x in [1]][5]),
]
for label, f in tests:
    print(label, "->", kind(f))
