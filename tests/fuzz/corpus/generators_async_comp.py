# async comprehensions: async for and await inside list/set/dict comprehensions and genexps
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    await Tick()
    return x * 2

async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: x * x async for x in agen(3)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in agen(6) if x % 2]
    f = [(x, y) async for x in agen(2) for y in range(2)]
    g = (x + 1 async for x in agen(3))
    h = [v async for v in g]
    i = [[y async for y in agen(x)] for x in range(3)]
    return a, sorted(b), c, d, e, f, h, i

for part in run(main()):
    print(part)

def sync_maker():
    return (x async for x in agen(2))

async def use_sync_made():
    return [x async for x in sync_maker()]

print(run(use_sync_made()))
print(type(sync_maker()).__name__)
