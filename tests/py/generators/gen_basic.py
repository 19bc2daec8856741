# generators: yield, next, iteration, return values in StopIteration
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)

def ret(x):
    yield 1
    return x * 2

g = ret(21)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)

def empty():
    return
    yield

print(list(empty()))

def only_return():
    if False:
        yield
    return "r"

try:
    next(only_return())
except StopIteration as e:
    print(repr(e.value))

for x in count(3):
    print("for", x)

def yield_none():
    x = yield
    print("x is", x)
    yield

g = yield_none()
print(next(g))
print(next(g))
print(type(g).__name__, type(count).__name__)
print(g is iter(g))
print(g.__next__ is not None)
def lam():
    f = lambda: (yield 7)
    return list(f())
print(lam())
