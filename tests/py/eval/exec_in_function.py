# exec and eval inside functions: the function's locals as a dict (CPython 3.11 semantics)
def reads():
    a = 1
    b = 2
    return eval("a + b")
print(reads())
def writes():
    x = 1
    exec("x = 2")
    return x
print(writes())
def added():
    exec("fresh = 'new name'")
    return locals()["fresh"]
print(added())
def same_dict():
    v = 1
    d1 = locals()
    v = 2
    d2 = locals()
    return d1 is d2, d2["v"]
print(same_dict())
def deleted():
    gone = 1
    first = dict(locals())
    del gone
    return sorted(first), sorted(locals())
print(deleted())
def with_closure():
    shared = "cell"
    def inner():
        return shared
    return sorted(locals()), inner()
print(with_closure())
def free_var():
    outer_v = 10
    def inner():
        return outer_v, sorted(locals())
    return inner()
print(free_var())
def explicit():
    return eval("n * 2", {"n": 4})
print(explicit())
def into_dict():
    ns = {}
    exec("a = 1\nb = a + 1", ns)
    return ns["b"]
print(into_dict())
def defines_function():
    exec("def helper():\n    return 'helper'")
    return locals()["helper"]()
print(defines_function())
def nested_eval(k):
    return [eval("k + i", {"i": i}, {"k": k}) for i in range(3)]
print(nested_eval(10))
def exec_sees_globals():
    exec("print(module_value)")
module_value = "global seen"
exec_sees_globals()
def param(p, *args, **kw):
    return sorted(locals().items())
print(param(1, 2, 3, key="v"))
class Holder:
    def method(self):
        local_m = 5
        return eval("self.__class__.__name__ + str(local_m)")
print(Holder().method())
