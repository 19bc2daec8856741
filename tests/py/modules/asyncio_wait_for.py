# asyncio: wait_for with timeouts (TimeoutError, cleanup of the inner task), a result in time, None and zero timeouts, shield
# Order, not timing: what must time out waits on an Event that is never set (or set
# only after the timeout was seen), and what must finish in time has a bound of
# seconds, so a slow run (GC stress, a loaded machine) gives the same output.
import asyncio


async def slow(n, until):
    # [until]: a delay in seconds, or an Event to wait for
    try:
        if isinstance(until, asyncio.Event):
            await until.wait()
        else:
            await asyncio.sleep(until)
        return n
    except asyncio.CancelledError:
        print('slow', n, 'cancelled')
        raise


async def main():
    never = asyncio.Event()
    print(await asyncio.wait_for(slow(1, 0.01), 30))
    try:
        await asyncio.wait_for(slow(2, never), 0.02)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(slow(3, 0), None))
    try:
        await asyncio.wait_for(slow(4, never), 0)
    except asyncio.TimeoutError:
        print('zero timeout')
    t = asyncio.create_task(slow(5, 0.01))
    print(await asyncio.wait_for(t, 30), t.done())

    async def raiser():
        await asyncio.sleep(0)
        raise RuntimeError('inner')
    try:
        await asyncio.wait_for(raiser(), 30)
    except RuntimeError as e:
        print('inner error', e)

    # cancelling the waiter cancels what it waits for
    w = asyncio.create_task(asyncio.wait_for(slow(6, never), 30))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled')

    # shield: the inner task survives the outer cancellation (it can finish only
    # once the timeout has been seen)
    go = asyncio.Event()
    inner = asyncio.create_task(slow(7, go))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.005))
    try:
        await outer
    except asyncio.TimeoutError:
        print('shield timed out', inner.done())
    go.set()
    print(await inner)


asyncio.run(main())
