# eval: which globals and locals an expression sees, by default and when given
g = {"a": 1, "b": 2}
print(eval("a + b", g))
print(eval("a + b", g, {"b": 20}))
print(eval("a + b", {"a": 5}, {"a": 50, "b": 6}))
print(sorted(k for k in g))
print("__builtins__" in g, type(g["__builtins__"]).__name__)
print(eval("len([1, 2])", {}))
mine = {"__builtins__": {"len": len}}
print(eval("len('abc')", mine), mine["__builtins__"] == {"len": len})
print(eval("abs(-3)", None, None))
outer = "module level"
def f():
    inner = "function level"
    return eval("outer + ' and ' + inner")
print(f())
def g2(p):
    q = p * 2
    return eval("p + q", {"p": 0, "q": 0})
print(g2(4))
def closure():
    c = 3
    def h():
        return eval("c")
    try:
        return h()
    except NameError as e:
        return "NameError " + str(e)
print(closure())
def seen_free():
    c = 4
    def h():
        c
        return eval("c")
    return h()
print(seen_free())
class D(dict):
    def __missing__(self, key):
        return key * 2
print(eval("ab + cd", {}, D()))
class M:
    def __getitem__(self, key):
        if key == "special":
            return 99
        raise KeyError(key)
print(eval("special", {}, M()))
print(eval("len", {}, M()) is len)
try:
    eval("missing_name", {}, M())
except NameError as e:
    print("NameError", e)
class Bad:
    def __getitem__(self, key):
        raise ValueError("lookup failed for " + key)
try:
    eval("zz", {}, Bad())
except ValueError as e:
    print("ValueError", e)
try:
    eval("zz", {}, [1, 2])
except TypeError as e:
    print("TypeError", e)
class K:
    kv = 7
    print(eval("kv * 2"))
    print(eval("[kv for _ in range(1)]", {"kv": "global"}))
print(eval("__name__", {}), eval("__name__", {"__name__": "custom"}))
