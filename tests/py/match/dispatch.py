# match: a command interpreter and a shape library written with match, as real programs use it
class Circle:
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r
class Rect:
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

def area(shape):
    match shape:
        case Circle(r) if r < 0:
            raise ValueError("negative radius")
        case Circle(r):
            return round(3.14159 * r * r, 3)
        case Square(w):
            return w * w
        case Rect(w, h):
            return w * h
        case [*parts]:
            return sum(area(p) for p in parts)
        case _:
            raise TypeError("not a shape: %r" % (shape,))

for s in [Circle(1), Rect(2, 3), Square(4), [Circle(2), Square(1)], []]:
    print(type(s).__name__, area(s))
for bad in [Circle(-1), "square"]:
    try:
        area(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e.args)

# a tiny command language
def run(commands):
    stack, out = [], []
    for line in commands:
        match line.split():
            case []:
                continue
            case ["push", *values]:
                stack.extend(int(v) for v in values)
            case ["pop"]:
                out.append(stack.pop() if stack else None)
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup", count] if count.isdigit():
                stack.extend([stack[-1]] * int(count))
            case ["print"]:
                out.append(list(stack))
            case ["quit" | "exit"]:
                out.append("bye")
                break
            case [cmd, *args]:
                out.append("unknown %s with %d args" % (cmd, len(args)))
    return out

print(run(["push 1 2 3", "add", "print", "", "mul", "print", "dup 2", "print",
           "dup x", "frobnicate a b", "pop", "pop", "pop", "pop", "quit", "print"]))

# events as dicts, as from JSON
events = [
    {"type": "click", "pos": {"x": 10, "y": 20}, "button": "left"},
    {"type": "click", "pos": {"x": 1, "y": 2}},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": k} if (k := "a") else {},
    {"type": "resize", "size": [800, 600]},
    {"type": "resize", "size": [800, 600, 2]},
    {"kind": "bogus"},
]
for ev in events:
    match ev:
        case {"type": "click", "pos": {"x": x, "y": y}, "button": b}:
            print("click", b, x, y)
        case {"type": "click", "pos": {"x": x, "y": y}}:
            print("click default button", x, y)
        case {"type": "key", "key": "q", "mods": [*mods]} if "ctrl" in mods:
            print("quit shortcut")
        case {"type": "key", "key": str(key)}:
            print("key", key)
        case {"type": "resize", "size": [int(w), int(h)]}:
            print("resize", w, "x", h)
        case {"type": t, **other}:
            print("unhandled", t, sorted(other))
        case _:
            print("not an event")
