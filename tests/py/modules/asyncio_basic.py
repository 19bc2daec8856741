# asyncio: run, create_task, sleep, gather (return_exceptions), task results, cancellation and CancelledError
import asyncio

# The delays differ by far more than the time a task takes to start, so the
# order holds on a slow machine or build (GC stress) too.


async def work(name, delay, result=None, fail=False):
    print('start', name)
    await asyncio.sleep(delay)
    if fail:
        raise ValueError('failed ' + name)
    print('end', name)
    return result if result is not None else name


async def main():
    t = asyncio.create_task(work('a', 0.25))
    print(isinstance(t, asyncio.Task), t.done())
    print(await asyncio.gather(work('b', 0.05), t, work('c', 0)))
    print(t.done(), t.result(), t.cancelled(), t.exception())
    print(await asyncio.gather())

    # an exception: the first one propagates, or all are returned
    try:
        await asyncio.gather(work('d', 0.01, fail=True), work('e', 0.25))
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.3)
    res = await asyncio.gather(work('f', 0, fail=True), work('g', 0), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1])

    # cancelling a sleeping task; the task sees CancelledError and may clean up
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('sleeper cancelled')
            raise
        finally:
            print('sleeper cleanup')
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(s.cancel(), s.cancel())
    try:
        await s
    except asyncio.CancelledError:
        print('await raised CancelledError', s.cancelled(), s.done())
    print(s.cancel())
    try:
        s.result()
    except asyncio.CancelledError:
        print('result raised CancelledError')

    # a task cancelled before it starts never runs
    u = asyncio.create_task(work('never', 0))
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print('u cancelled', u.cancelled())

    # a task that swallows the cancellation finishes normally
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'kept going'
    v = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    v.cancel()
    print(await v, v.cancelled())

    # sleep returns its result; sleep(0) lets other tasks run in order
    print(await asyncio.sleep(0, 'slept'))
    order = []
    async def step(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)
    await asyncio.gather(step(1), step(2))
    print(order)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    print(asyncio.current_task() is not None)
    return 'main done'


print(asyncio.run(main()))
try:
    asyncio.run(1)
except ValueError as e:
    print(type(e).__name__)


async def failing():
    raise KeyError('k')
try:
    asyncio.run(failing())
except KeyError as e:
    print('run raised', repr(e))
