# basics: *args and **kwargs collection in function definitions
def f(*args):
    return args
print(f())
print(f(1))
print(f(1, "a", None))

def g(a, *rest):
    return a, rest
print(g(1))
print(g(1, 2, 3))

def h(**kw):
    return kw
print(h())
print(h(x=1, y=2))

def all_kinds(a, b=2, *args, **kwargs):
    print(a, b, args, kwargs)
all_kinds(1)
all_kinds(1, 3)
all_kinds(1, 3, 5, 7)
all_kinds(1, 3, 5, z=9)
all_kinds(a=1, z=9)

def count_args(*args, **kwargs):
    return len(args), len(kwargs)
print(count_args(1, 2, 3, a=1))

def sum_all(*nums):
    total = 0
    for n in nums:
        total += n
    return total
print(sum_all(1, 2, 3, 4))
print(type(f()).__name__, type(h()).__name__)
def kw_keys(**kw):
    return list(kw.keys())
print(kw_keys(b=1, a=2, c=3))
try:
    h(1)
except TypeError:
    print("TypeError")
try:
    all_kinds(1, a=2)
except TypeError:
    print("TypeError")
