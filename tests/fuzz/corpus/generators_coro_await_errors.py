# coroutines: what await accepts, and the errors for what it does not
async def aw(x):
    return await x

def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return ("ok", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))

print(drive(aw(1)))
print(drive(aw("s")))

class BadAwait:
    def __await__(self):
        return 5

print(drive(aw(BadAwait())))

class GoodAwait:
    def __await__(self):
        return iter([None, None])

print(drive(aw(GoodAwait())))

class GenAwait:
    def __await__(self):
        yield
        return "from gen"

print(drive(aw(GenAwait())))

async def inner():
    return "inner"

c = inner()
print(drive(aw(c)))
print(drive(aw(c)))

async def twice():
    c = inner()
    a = await c
    b = await c
    return a, b

print(drive(twice()))

def plain_gen():
    yield 1

print(drive(aw(plain_gen())))

pending = inner()
def uses_coro():
    yield from pending

print(drive(uses_coro()))
pending.close()

class AwaitReturnsCoro:
    def __await__(self):
        return pending

pending = inner()
print(drive(aw(AwaitReturnsCoro())))
pending.close()
w = inner().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)
