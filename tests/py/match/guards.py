# match: guards: evaluated after the pattern binds, falling through to later cases when false
def sign(n):
    match n:
        case x if x < 0:
            return "negative"
        case 0:
            return "zero"
        case x if x > 1000:
            return "large"
        case x:
            return "positive"
print(sign(-5), sign(0), sign(5), sign(5000))

# the guard sees every name the pattern bound
def pairs(p):
    match p:
        case (a, b) if a == b:
            return "equal pair"
        case (a, b) if a + b == 10:
            return "sums to ten"
        case (a, b):
            return "pair %r %r" % (a, b)
print(pairs((3, 3)), pairs((4, 6)), pairs((1, 2)))

# guards run in order and only for cases whose pattern matched
log = []
def check(name, result):
    log.append(name)
    return result
def run(v):
    log.clear()
    match v:
        case int() if check("int guard", False):
            r = "int"
        case str() if check("str guard", True):
            r = "str"
        case _ if check("default guard", True):
            r = "default"
    return r, list(log)
print(run(1))
print(run("s"))
print(run(1.5))

# a guard may use the walrus operator; the name stays bound afterwards
def walrus(v):
    match v:
        case [x, *rest] if (n := len(rest)) > 1:
            return "head %r with %d more" % (x, n)
        case _:
            return "short (n=%r)" % (n if "n" in dir() else None)
print(walrus([1, 2, 3]))

# a guard that raises propagates
try:
    match 1:
        case x if 1 / 0:
            print("no")
except ZeroDivisionError as e:
    print(type(e).__name__, e.args)

# guards with and/or/not
def logic(v):
    match v:
        case (a, b) if a and not b:
            return "only a"
        case (a, b) if a or b:
            return "at least one"
        case _:
            return "neither"
print(logic((1, 0)), logic((1, 1)), logic((0, 1)), logic((0, 0)))

# a guarded irrefutable case may come before others
def g(v):
    match v:
        case x if x == "first":
            return 1
        case _ if False:
            return 2
        case "third":
            return 3
    return 4
print(g("first"), g("third"), g("other"))
