# async generators: async def with yield, asend, athrow, aclose, async for over them
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10

async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out

print(run(consume()))
g = agen(2)
print(type(g).__name__)
print(g.__aiter__() is g)

aw = g.__anext__()
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("item", e.value)

async def echo():
    received = yield "first"
    while True:
        received = yield "got %s" % received

async def talk():
    e = echo()
    a = await e.__anext__()
    b = await e.asend("x")
    c = await e.asend("y")
    await e.aclose()
    return [a, b, c]

print(run(talk()))

async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as err:
        yield "handled %s" % err
    finally:
        print("agen finally")

async def throwing():
    g = guarded()
    first = await g.__anext__()
    handled = await g.athrow(ValueError("boom"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return [first, handled, "exhausted"]

print(run(throwing()))

async def closing():
    g = guarded()
    await g.__anext__()
    r = await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return ("closed", r)

print(run(closing()))

async def stops():
    yield 1

async def exhaust():
    g = stops()
    out = [await g.__anext__()]
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("stop")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("stop again")
    return out

print(run(exhaust()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def bad_close():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)

print(run(bad_close()))
print(g.ag_running, g.__name__)
