# async with: __aenter__/__aexit__ awaited, exceptions passed and suppressed
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def basic():
    async with Manager("a") as v:
        print("body", v)
    return "done"

print(run(basic()))

async def suppressed():
    async with Manager("s", suppress=True):
        raise ValueError("hidden")
    return "after"

print(run(suppressed()))

async def not_suppressed():
    try:
        async with Manager("n"):
            raise KeyError("shown")
    except KeyError as e:
        return "caught " + repr(e)

print(run(not_suppressed()))

async def multiple():
    async with Manager("x") as a, Manager("y") as b:
        print("both", a, b)

run(multiple())

async def returns_inside():
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                return i
            if i == 0:
                continue

print(run(returns_inside()))

async def bad(m):
    try:
        async with m:
            pass
    except TypeError as e:
        return str(e)

print(run(bad(1)))
class OnlyEnter:
    async def __aenter__(self):
        return 1
print(run(bad(OnlyEnter())))
class SyncEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1
print(run(bad(SyncEnter())))
class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1
print(run(bad(SyncExit())))

class Pausing:
    async def __aenter__(self):
        await Yielder()
        return "paused-enter"
    async def __aexit__(self, *a):
        await Yielder()
class Yielder:
    def __await__(self):
        yield "tick"

async def pausing():
    async with Pausing() as p:
        return p

c = pausing()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
