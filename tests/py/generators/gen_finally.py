# generators: try/finally and with blocks around yields, on every exit path
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def g():
    with CM("a"):
        try:
            yield 1
            yield 2
        finally:
            print("finally")
    yield 3

print(list(g()))
it = g()
next(it)
it.close()
print("--")
it = g()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError:
    print("KeyError out")

def ret_in_finally():
    try:
        yield 1
    finally:
        return "from finally"

it = ret_in_finally()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)

def break_loop():
    for i in range(5):
        try:
            if i == 2:
                break
            yield i
        finally:
            print("fin", i)
    yield "end"

print(list(break_loop()))

def continue_loop():
    for i in range(3):
        try:
            yield i
            continue
        finally:
            print("after", i)

print(list(continue_loop()))

def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
            yield "from inner finally"
    finally:
        print("outer finally")

print(list(nested()))
