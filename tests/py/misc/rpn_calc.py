# misc: reverse Polish notation calculator using a list as a stack with error handling
def rpn(expr):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
        "^": lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError("leftover stack %r" % (stack,))
    return stack[0]

tests = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 3 ^ dup *",
    "1 2 swap -",
    "2 100 ^",
    "7 2 /",
    "-7 2 /",
    "1 +",
    "1 2 3",
    "4 0 /",
    "1 x +",
]
for t in tests:
    try:
        print(t, "=", rpn(t))
    except ValueError as e:
        if "stack" in str(e):
            print(t, "-> ValueError:", e)
        else:
            print(t, "-> ValueError")
    except ZeroDivisionError:
        print(t, "-> ZeroDivisionError")
