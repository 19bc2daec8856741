# basics: calling with *iterable and **mapping argument unpacking
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(*(4, 5, 6)))
print(f(1, *[2, 3]))
print(f(*range(3)))
print(f(*(7, 8), 9))
kw = {"a": 1, "b": 2, "c": 3}
print(f(**kw))
print(f(1, **{"c": 3, "b": 2}))
print(f(*[1], **{"b": 2, "c": 3}))
print(f(1, *[2], c=3))

def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *[3], x=1, **{"y": 2}))
print(g(**{}))
print(g(*[]))
try:
    f(*[1, 2])
except TypeError:
    print("TypeError too few")
try:
    f(1, **{"a": 2, "b": 3, "c": 4})
except TypeError:
    print("TypeError multiple values")
def h(x, y=0):
    return x + y
pairs = [(1, 2), (3, 4)]
for p in pairs:
    print(h(*p))
print(max(*[3, 9, 2]))
print("-".join(*["ab"]))
