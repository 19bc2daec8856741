# generators: a StopIteration raised inside becomes RuntimeError (PEP 479)
def g():
    yield 1
    raise StopIteration("inner")

it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__.args)

def h():
    yield next(iter([]))

try:
    list(h())
except RuntimeError as e:
    print("RuntimeError", e)

def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"

print(list(ok()))

def sub():
    return 3
    yield
def use():
    v = yield from sub()
    yield v
print(list(use()))

def not_caught():
    yield 1
    raise KeyError("k")
try:
    list(not_caught())
except KeyError as e:
    print("KeyError", e)
