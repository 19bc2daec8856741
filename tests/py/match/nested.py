# match: deeply nested patterns of every kind: an expression evaluator over tuples, dicts and classes
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

def evaluate(node, env):
    match node:
        case Num(int() | float() as v):
            return v
        case str(name):
            return env[name]
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op="-", left=l, right=r):
            return evaluate(l, env) - evaluate(r, env)
        case ("neg", x):
            return -evaluate(x, env)
        case {"if": cond, "then": a, "else": b}:
            return evaluate(a if evaluate(cond, env) else b, env)
        case [*items]:
            return [evaluate(i, env) for i in items]
        case _:
            raise ValueError("bad node %r" % (node,))

env = {"x": 3, "y": 4}
exprs = [
    Num(1),
    "x",
    BinOp("+", Num(1), Num(2)),
    BinOp("*", "x", "y"),
    BinOp("*", Num(0), "undefined"),
    BinOp("*", "undefined", Num(0)),
    BinOp("-", "y", "x"),
    ("neg", BinOp("+", "x", "y")),
    {"if": Num(0), "then": Num(1), "else": ("neg", Num(1))},
    [Num(1), "x", ("neg", "y")],
]
for e in exprs:
    print(evaluate(e, env))
try:
    evaluate(Num("text"), env)
except ValueError as e:
    print(type(e).__name__, e.args[0][:11])

# nested sequences with stars at several levels
match [[1, 2, 3], [4], [5, 6]]:
    case [[first, *_], [*middle], [*_, last]]:
        print(first, middle, last)

# nested mappings with rests at several levels
match {"a": {"b": {"c": 1, "d": 2}, "e": 3}, "f": 4}:
    case {"a": {"b": {"c": c, **inner}, **mid}, **outer}:
        print(c, inner, mid, outer)

# or-patterns nested three deep, each binding the same name
def dig(v):
    match v:
        case [[x] | [[x]] | [[[x]]]] | {"x": x}:
            return x
    return None
print(dig([[1]]), dig([[[2]]]), dig([[[[3]]]]), dig({"x": 4}), dig([[[[[5]]]]]))
