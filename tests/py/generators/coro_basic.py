# coroutines: async def, await, driven by hand with send()
async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]

c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value * 2

async def uses_suspend():
    a = await Suspend()
    b = await Suspend()
    return a + b

c = uses_suspend()
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print("done", e.value)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

def run(coro):
    value = None
    steps = 0
    while True:
        try:
            coro.send(value)
            value = steps
            steps += 1
        except StopIteration as e:
            return e.value, steps

async def nested(n):
    if n == 0:
        return await Suspend()
    return 1 + await nested(n - 1)

print(run(nested(5)))

async def raiser():
    await Suspend()
    raise ValueError("inside")

c = raiser()
c.send(None)
try:
    c.send(1)
except ValueError as e:
    print("ValueError", e)

async def catches():
    try:
        await Suspend()
    except KeyError as e:
        return "caught " + repr(e)

c = catches()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
c = add(1, 2)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("closed:", e)
m = main()
print(m.__name__, main.__name__, m.__qualname__)
m.close()
