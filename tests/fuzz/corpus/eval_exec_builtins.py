# exec/eval: __builtins__ is added to a globals dict that lacks it, and kept when present
g = {}
exec("x = 1", g)
print(sorted(g), type(g["__builtins__"]).__name__)
print(g["__builtins__"]["len"] is len)
g2 = {}
eval("1", g2)
print("__builtins__" in g2)
mine = {"__builtins__": "left alone"}
exec("y = 2", mine)
print(mine["__builtins__"], mine["y"])
g3 = {}
exec("z = 3", g3, {})
print(sorted(g3))
l4 = {}
exec("w = 4", {}, l4)
print(sorted(l4))
g5 = {}
exec("import sys\nn = len([1, 2, 3])", g5)
print(g5["n"], g5["sys"].__name__)
print("__builtins__" in globals())
def f():
    return eval("abs(-5) + max(1, 2)", {})
print(f())
g6 = {}
exec("def h():\n    return min(4, 9)\n", g6)
print(g6["h"]())
g7 = {}
exec("print(sorted(k for k in globals()))", g7)
g8 = {"__builtins__": __builtins__}
exec("v = 8", g8)
print(g8["v"])
