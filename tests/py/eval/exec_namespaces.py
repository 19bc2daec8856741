# exec: separate globals and locals dicts: where names are stored and what functions see
g = {"base": 10}
l = {}
exec("x = base + 1\ny = x * 2", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l.items()))
exec("global z\nz = 'in globals'\nw = 'in locals'", g, l)
print(g["z"], l["w"], "w" in g, "z" in l)
exec("def f():\n    return base", g, l)
print("f" in l, "f" in g, l["f"]())
exec("v = 1\ndef reads_v():\n    return v", g, l)
try:
    l["reads_v"]()
except NameError as e:
    print("NameError", e)
g2 = {}
exec("v = 1\ndef reads_v():\n    return v", g2)
print(g2["reads_v"]())
exec("class C:\n    a = base\n    b = a + 1", g, l)
print(l["C"].b, l["C"].__module__)
g3 = {"__name__": "fake_mod"}
exec("class D:\n    pass\ndef fn():\n    pass", g3)
print(g3["D"].__module__, g3["fn"].__module__)
exec("import sys as s", g, l)
print("s" in l, l["s"].__name__)
exec("del x", g, l)
print("x" in l)
try:
    exec("del not_there", g, l)
except NameError as e:
    print("NameError", e)
exec("q = 1", g)
print(g["q"])
exec("print(sorted(k for k in locals() if not k.startswith('__')))", {"aa": 1}, {"bb": 2})
exec("print(sorted(k for k in globals() if not k.startswith('__')))", {"aa": 1}, {"bb": 2})
exec("print(locals() is globals())", {})
exec("print(locals() is globals())", {}, {})
loc = {}
exec("lst = [i for i in range(3)]", {}, loc)
print(loc)
loc = {"k": 3}
try:
    exec("out = [k * i for i in range(2)]", {}, loc)
except NameError as e:
    print("NameError", e)
shared = {}
exec("n = 1", shared, shared)
exec("n += 1", shared, shared)
print(shared["n"])
gl = globals()
exec("from_exec_global = 42", gl)
print(from_exec_global)
