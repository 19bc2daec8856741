# vars(): an object's __dict__, or the local namespace without an argument
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = "two"
p = P()
print(vars(p))
print(vars(p) is p.__dict__)
vars(p)["c"] = 3
print(p.c)
print(sorted(k for k in vars(P) if not k.startswith("__")))
print(vars(P)["cls_attr"])
import sys
print(vars(sys) is sys.__dict__, "path" in vars(sys))
print(vars() is globals())
def f(x):
    y = 2
    return vars()
print(f(1))
class Body:
    q = 1
    seen = sorted(vars())
print(Body.seen)
def show(obj):
    try:
        vars(obj)
        print("ok")
    except TypeError as e:
        print("TypeError", e)
show(1)
show("s")
show([1])
show(None)
show(object())
show(len)
try:
    vars(p, p)
except TypeError as e:
    print("TypeError", e)
class WithDictProp:
    @property
    def __dict__(self):
        return {"fake": True}
print(vars(WithDictProp()))
def fn():
    pass
fn.attr = 5
print(vars(fn))
