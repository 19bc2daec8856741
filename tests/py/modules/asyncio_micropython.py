# asyncio: MicroPython-only API (sleep_ms, wait_for_ms, ThreadSafeFlag, uasyncio alias, loop exception handler, StreamReader is StreamWriter); .exp because CPython lacks them
import asyncio
import uasyncio
print(uasyncio is asyncio)


async def slow(ms):
    await asyncio.sleep_ms(ms)
    return ms


async def main():
    print(await slow(5))
    print(await asyncio.wait_for_ms(slow(1), 500))
    try:
        await asyncio.wait_for_ms(slow(500), 5)
    except asyncio.TimeoutError:
        print('wait_for_ms timed out')

    flag = asyncio.ThreadSafeFlag()

    async def waiter():
        await flag.wait()
        print('flag seen')
    t = asyncio.create_task(waiter())
    await asyncio.sleep_ms(1)
    flag.set()
    await t
    flag.set()
    await flag.wait()     # already set: returns at once and clears it
    print('flag cleared')

    # an exception in a callback goes to the loop's handler
    loop = asyncio.get_event_loop()
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append(type(ctx['exception']).__name__))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep_ms(1)
    print(seen)
    print(asyncio.StreamReader is asyncio.StreamWriter)


asyncio.get_event_loop().run_until_complete(main())


async def orphan():
    raise ValueError('nobody awaits me')


async def main2():
    asyncio.get_running_loop().set_exception_handler(
        lambda l, ctx: print(ctx['message'], repr(ctx['exception'])))
    asyncio.create_task(orphan())
    await asyncio.sleep_ms(1)
    print('main2 done')

asyncio.run(main2())
