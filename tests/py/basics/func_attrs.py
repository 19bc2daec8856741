# basics: functions as first-class objects: passing, storing, __name__
def square(x):
    return x * x
def cube(x):
    return x * x * x
print(square.__name__, cube.__name__)
fns = [square, cube]
print([fn(3) for fn in fns])
table = {"sq": square, "cu": cube}
print(table["cu"](2))
def apply(fn, v):
    return fn(v)
print(apply(square, 9))
def apply_n(fn, n, v):
    for _ in range(n):
        v = fn(v)
    return v
print(apply_n(square, 3, 2))
alias = square
print(alias is square, alias(5), alias.__name__)
print(callable(square), callable(5))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
lam = lambda: 0
print(lam.__name__)
class K:
    def meth(self):
        return 1
print(K.meth.__name__)
def pick(flag):
    if flag:
        return square
    return cube
print(pick(True)(4), pick(False)(4))
print(sorted([3, -5, 1], key=abs))
