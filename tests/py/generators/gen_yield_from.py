# generators: yield from delegation, return values and plain iterables
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))

def flat(items):
    for x in items:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x

print(list(flat([1, [2, [3, [4, 5]], 6], [[7]]])))

def from_iterables():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": 1}
    r = yield from []
    yield r

print(list(from_iterables()))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1], (2,), iter([3]))))

def deep(n):
    if n == 0:
        return 0
    r = yield from deep(n - 1)
    yield n
    return r + n

g = deep(50)
print(sum(g))
def total():
    r = yield from deep(10)
    return r
try:
    for _ in iter(total()):
        pass
except Exception:
    pass
g = total()
out = list(g)
print(out[-1], len(out))
def wrapper():
    result = yield from total()
    yield ("result", result)
print(list(wrapper())[-1])
try:
    list(x for x in (yield_from_int for yield_from_int in [1]))
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError", e)
