# compile: code object attributes: co_name, co_filename, co_argcount, co_varnames, co_consts, co_names
c = compile("x = 1\ny = x + 2", "file_name.py", "exec")
print(c.co_name, c.co_filename, c.co_argcount, c.co_varnames)
print(c.co_names, "x" in c.co_names)
e = compile("a * b + 3", "<expr>", "eval")
print(e.co_name, e.co_filename, e.co_names)
def f(a, b=2, *args, c, d=4, **kw):
    local = a + b
    return local
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames)
print(co.co_filename == __file__ or co.co_filename.endswith("code_object_attrs.py"))
def g(p, /, q):
    return p
print(g.__code__.co_argcount, g.__code__.co_posonlyargcount, g.__code__.co_varnames)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
ns = {}
exec(compile("def h(x, y):\n    z = x * y\n    return z\n", "gen.py", "exec"), ns)
h = ns["h"]
print(h.__code__.co_name, h.__code__.co_filename, h.__code__.co_argcount, h.__code__.co_varnames)
print(h(6, 7))
lam = eval(compile("lambda n: n + 1", "<lam>", "eval"))
print(lam.__code__.co_name, lam.__code__.co_filename, lam(1))
print(type(c).__name__, type(co) is type(c))
print(compile("pass", "p", "exec").co_firstlineno, f.__code__.co_firstlineno)
print(compile("s = 'a string constant'", "p", "exec").co_consts[0])
print(isinstance(c.co_consts, tuple), isinstance(c.co_names, tuple), isinstance(co.co_varnames, tuple))
