# asyncio: wait_for with timeouts (TimeoutError, cleanup of the inner task), a result in time, None and zero timeouts, shield
import asyncio


async def slow(n, delay):
    try:
        await asyncio.sleep(delay)
        return n
    except asyncio.CancelledError:
        print('slow', n, 'cancelled')
        raise


async def main():
    print(await asyncio.wait_for(slow(1, 0.01), 1))
    try:
        await asyncio.wait_for(slow(2, 1), 0.02)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(slow(3, 0), None))
    try:
        await asyncio.wait_for(slow(4, 1), 0)
    except asyncio.TimeoutError:
        print('zero timeout')
    t = asyncio.create_task(slow(5, 0.01))
    print(await asyncio.wait_for(t, 0.5), t.done())

    async def raiser():
        await asyncio.sleep(0)
        raise RuntimeError('inner')
    try:
        await asyncio.wait_for(raiser(), 1)
    except RuntimeError as e:
        print('inner error', e)

    # cancelling the waiter cancels what it waits for
    w = asyncio.create_task(asyncio.wait_for(slow(6, 1), 1))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled')

    # shield: the inner task survives the outer cancellation
    inner = asyncio.create_task(slow(7, 0.02))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.005))
    try:
        await outer
    except asyncio.TimeoutError:
        print('shield timed out')
    print(await inner)


asyncio.run(main())
