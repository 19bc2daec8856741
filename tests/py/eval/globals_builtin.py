# globals(): the module namespace at every level, shared with the module and writable
g = globals()
print(type(g).__name__, g is globals(), g["__name__"])
g["made_by_dict"] = 7
print(made_by_dict)
plain = 1
print("plain" in g, g["plain"])
def f():
    return globals()
print(f() is g)
class C:
    inside = globals()
print(C.inside is g)
def setter():
    globals()["from_function"] = "set"
setter()
print(from_function)
def reader():
    return globals()["plain"]
print(reader())
lam = lambda: globals()
print(lam() is g)
print([globals() is g for _ in range(2)])
ns = {"k": 1}
exec("r = globals()", ns)
print(ns["r"] is ns)
exec("def inner():\n    return globals()\n", ns)
print(ns["inner"]() is ns)
print(eval("globals()", ns) is ns)
print(sorted(k for k in g if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
del g["made_by_dict"]
try:
    made_by_dict
except NameError as e:
    print("NameError", e)
try:
    globals(1)
except TypeError as e:
    print("TypeError", e)
