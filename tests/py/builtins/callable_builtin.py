# builtins: callable() on functions, builtins, classes, instances and values
def f():
    pass
class C:
    def m(self):
        pass
class WithCall:
    def __call__(self):
        return "called"
print(callable(f), callable(lambda: 0), callable(print), callable(len))
print(callable(C), callable(C()), callable(C().m), callable(C.m))
print(callable(WithCall()), WithCall()())
print(callable(1), callable("s"), callable(None), callable([f]), callable(int))
print(callable(str.upper), callable("x".upper), callable(type))
handlers = [f, 5, C, "x", WithCall()]
print([callable(h) for h in handlers])
def apply_if_callable(x):
    return x() if callable(x) else x
print(apply_if_callable(lambda: "lambda"), apply_if_callable("value"))
print(apply_if_callable(WithCall()), apply_if_callable(3))
try:
    n = 5
    n()
except TypeError:
    print("TypeError calling int")
obj = C()
obj.attr = f
print(callable(obj.attr), callable(getattr(obj, "m")))
print(callable(iter([])), callable(iter), callable(next))
print(callable(Exception), callable(ValueError("x")))
