# async for: __aiter__/__anext__, StopAsyncIteration, break, else, errors
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def collect(n):
    out = []
    async for x in Counter(n):
        out.append(x)
    else:
        out.append("else")
    return out

print(run(collect(3)))
print(run(collect(0)))

async def with_break():
    out = []
    async for x in Counter(10):
        if x == 4:
            break
        if x == 2:
            continue
        out.append(x)
    else:
        out.append("not reached")
    return out

print(run(with_break()))

async def nested():
    out = []
    async for a in Counter(2):
        async for b in Counter(2):
            out.append((a, b))
    return out

print(run(nested()))

async def bad(obj):
    try:
        async for x in obj:
            pass
    except TypeError as e:
        return str(e)

print(run(bad(1)))
class NoAnext:
    def __aiter__(self):
        return self
print(run(bad(NoAnext())))
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
print(run(bad(BadAnext())))

class Raising:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("in anext")

async def propagate():
    try:
        async for x in Raising():
            pass
    except ValueError as e:
        return "caught " + str(e)

print(run(propagate()))

async def in_try():
    total = 0
    try:
        async for x in Counter(3):
            total += x
            if x == 2:
                return total
    finally:
        print("finally, total", total)

print(run(in_try()))
