# locals(): the namespace at module and class level, a dict of the variables in functions
print(locals() is globals())
class C:
    a = 1
    b = a + 1
    snapshot = sorted(locals())
    locals()["c"] = 3
print(C.snapshot, C.c)
def f(x, y=2):
    z = x + y
    return locals()
print(f(1))
def empty():
    return locals()
print(empty())
def unbound():
    r1 = sorted(locals())
    later = 1
    r2 = sorted(locals())
    return r1, r2
print(unbound())
def closures():
    cell_var = "c"
    def inner():
        return cell_var
    got = locals()
    return sorted(got), got["cell_var"], inner()
print(closures())
def free():
    fv = 10
    def inner():
        unused = fv
        return locals()
    return inner()
print(free())
def varargs(*args, **kwargs):
    return locals()
print(varargs(1, 2, k=3))
def writes_ignored():
    v = 1
    locals()["v"] = 2
    return v
print(writes_ignored())
def loop():
    out = []
    for i in range(3):
        out.append(sorted(locals()))
    return out[0], out[-1]
print(loop())
def nested_class():
    n = 5
    class Inner:
        m = n
        names = sorted(locals())
    return Inner.names, Inner.m
print(nested_class())
lam = lambda q: locals()
print(lam(9))
print(sorted((lambda: locals())()))
try:
    locals(1)
except TypeError as e:
    print("TypeError", e)
