# COMPARE_OP rewrites itself into a float form (with the branch after it taken in the same step): sites warmed on floats then given ints, big ints, boxed floats (inf, nan, subnormals), bools, subclasses with their own comparisons, strs and unorderable pairs
class F(float):
    def __lt__(self, other):
        return "F.lt"


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def branch(a, b):
    # The form followed by POP_JUMP_IF_FALSE.
    if a < b:
        return "yes"
    return "no"


def loop_count(limit):
    x = 0.0
    n = 0
    while x <= limit:
        x += 0.25
        n += 1
    return n


warm = [(1.5, 2.5), (2.5, 1.5), (0.0, -0.0), (-1e10, 1e-10), (3.0, 3.0)]
others = [
    (1, 2.5), (2.5, 1), (2 ** 70, 1.5), (1.5, 2 ** 70), (True, 0.5), (0.5, False),
    (float("inf"), 1.0), (1.0, float("inf")), (float("nan"), 1.0), (1.0, float("nan")),
    (float("nan"), float("nan")), (5e-324, 0.0), (1e300 * 10, 1e308),
    (F(1.0), 2.0), (2.0, F(1.0)), ("a", "b"), (1.5, "x"), (None, 1.5), (3j, 1.0),
]
for fn in (lt, le, gt, ge, eq, ne, branch):
    for _ in range(50):
        for a, b in warm:
            fn(a, b)
    print(fn.__name__, [fn(a, b) for a, b in warm])
    for a, b in others:
        try:
            r = fn(a, b)
        except TypeError as e:
            r = "TypeError: " + str(e)
        print(" ", repr(a)[:12], repr(b)[:12], r)
    print(" again", [fn(a, b) for a, b in warm])
print(loop_count(10.0), loop_count(-1.0), loop_count(0.0))
