# match: `pattern as name` binds the value a sub-pattern matched
def f(v):
    match v:
        case [1, 2] as whole:
            return "whole list %r" % (whole,)
        case (1 | 2 | 3) as digit:
            return "digit %r" % (digit,)
        case {"k": [_, *_] as items}:
            return "items %r" % (items,)
        case [int() as i, str() as s]:
            return "int %r then str %r" % (i, s)
        case ((a, b) as pair) as again:
            return "pair %r is again %r, a=%r b=%r" % (pair, again, a, b)
        case str() as text if len(text) > 3:
            return "long text"
    return "no"

for v in [[1, 2], 1, 2, 3, {"k": [9, 8]}, {"k": []}, [5, "x"], ("p", "q"), "hello", "hi", 4.5]:
    print(repr(v), f(v))

# `as` keeps the subject object itself, not a copy
lst = [1, 2, 3]
match lst:
    case [*_] as same:
        print("same object:", same is lst)

# `as` on a capture gives two names for one value
match 42:
    case x as y:
        print(x, y)

# `as` around a class pattern
class Node:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
match Node(Node(1, 2), 3):
    case Node(Node() as inner, right) as outer:
        print(inner.left, inner.right, right, outer.right)

# `as` with a failing inner pattern binds nothing
y = "unset"
match 5:
    case (6 as y) | (7 as y):
        print("no")
    case _:
        print("y still", y)

# `as` on the star capture's neighbours and on mappings
match {"a": {"b": 1}}:
    case {"a": {"b": 1} as inner} as outer:
        print(inner, outer)
