# match: return, break and continue inside case bodies, match inside loops, try, with and functions
def first_negative(items):
    for i, v in enumerate(items):
        match v:
            case int(n) if n < 0:
                return i, n
            case "stop":
                break
            case "skip":
                continue
            case _:
                pass
        print("  looked at", v)
    return None
print(first_negative([1, 2, -3, 4]))
print(first_negative([1, "stop", -3]))
print(first_negative(["skip", 5, -1]))

# while loop with match deciding when to stop
stack = [1, [2, 3], "end", 4]
while stack:
    match stack.pop(0):
        case "end":
            print("end reached, left", stack)
            break
        case [a, b]:
            print("pair", a, b)
        case x:
            print("item", x)

# match inside try/except/finally, raising from a case body
def risky(v):
    try:
        match v:
            case 0:
                raise ValueError("zero")
            case [x]:
                return x
            case _:
                return "other"
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("  finally for", repr(v))
print(risky(0), risky([7]), risky(None))

# match inside a with body
class Ctx:
    def __enter__(self):
        print("  enter")
        return self
    def __exit__(self, *exc):
        print("  exit")
        return False
def in_with(v):
    with Ctx():
        match v:
            case 1:
                return "one"
        return "not one"
print(in_with(1), in_with(2))

# match in nested functions and lambdas called from a case
def outer(v):
    def inner(w):
        match w:
            case [x, y]:
                return x * y
        return 0
    match v:
        case {"pair": p}:
            return inner(p)
        case _:
            return (lambda: "fallback")()
print(outer({"pair": [6, 7]}), outer(None))

# match inside a case body
def two_level(a, b):
    match a:
        case "x":
            match b:
                case 1:
                    return "x1"
                case _:
                    return "x?"
        case _:
            return "?"
print(two_level("x", 1), two_level("x", 2), two_level("y", 1))

# many iterations keep the stack balanced
total = 0
for i in range(1000):
    match i % 4, i:
        case (0, n):
            total += n
        case (1, _) | (2, _):
            total -= 1
        case (3, n) if n > 500:
            total += 2
        case _:
            pass
print(total)
