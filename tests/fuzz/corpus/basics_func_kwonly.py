# basics: keyword-only parameters after * and *args
def f(a, *, b):
    return a, b
print(f(1, b=2))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional for kw-only")
try:
    f(1)
except TypeError:
    print("TypeError missing kw-only")

def g(a, *, b=5, c):
    return a, b, c
print(g(1, c=3))
print(g(1, c=3, b=4))

def h(*args, sep="-", end="."):
    return sep.join(args) + end
print(h("a", "b", "c"))
print(h("a", "b", sep="+"))
print(h(end="!"))

def k(x, *args, flag=False, **kw):
    return x, args, flag, kw
print(k(1))
print(k(1, 2, flag=True))
print(k(1, 2, 3, other=4))
print(k(flag=True, x=0))

def only_kw(*, x, y):
    return x - y
print(only_kw(y=1, x=10))
try:
    only_kw(10, 1)
except TypeError:
    print("TypeError")
