# match: which names are bound when: failed patterns bind nothing, names stay bound after a failed guard
def state(names):
    g = globals()
    return " ".join("%s=%r" % (n, g[n]) if n in g else n + "=unbound" for n in names)

# the first case fails after capturing x: no binding from it
match [1, 2]:
    case [x, 3]:
        print("no")
    case [y, 2]:
        print("second case")
print(state(["x", "y"]))

# a guard that fails leaves the pattern's names bound
match (10, 20):
    case (p, q) if p > q:
        print("no")
    case _:
        print("guard failed")
print(state(["p", "q"]))

# the subject is evaluated exactly once, even with many cases
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2, 3]
match subject():
    case [0]:
        pass
    case [1]:
        pass
    case (a, b):
        pass
    case [1, 2, 3, 4]:
        pass
    case [*all_items]:
        print("matched at last", all_items)
print("subject evaluated", calls, "time(s)")

# a failed case keeps an earlier value of a name it would have bound
r = "old"
match {"a": 1}:
    case {"a": 2, "b": r}:
        pass
    case {"a": 1}:
        print("r is still", r)

# in a function, names of failed patterns stay unbound locals
def f():
    match 5:
        case [z]:
            pass
        case _:
            pass
    try:
        return z
    except UnboundLocalError as e:
        return type(e).__name__
print(f())

# bindings from a matching case are visible after the match statement
def g(v):
    match v:
        case {"name": name, "age": age}:
            pass
        case _:
            name, age = "?", -1
    return name, age
print(g({"name": "Ann", "age": 30}), g(None))

# a name bound in several cases gets the value from the one that matched
def h(v):
    match v:
        case [n]:
            pass
        case (n, _):
            pass
        case n:
            pass
    return n
print(h([1]), h((2, 3)), h("four"))
