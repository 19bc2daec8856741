# asyncio: Event (wait, set, clear, is_set, many waiters) and Lock (fairness, async with, errors)
import asyncio


async def main():
    ev = asyncio.Event()
    print(ev.is_set())

    async def waiter(n):
        print('wait', n)
        r = await ev.wait()
        print('woke', n, r)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print('event wait timed out')

    lock = asyncio.Lock()
    print(lock.locked())
    log = []

    async def user(n):
        async with lock:
            log.append(('in', n))
            await asyncio.sleep(0.001)
            log.append(('out', n))
    await asyncio.gather(*[user(i) for i in range(4)])
    print(log)
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)

    # a waiter cancelled while queued does not take the lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())
    lock.release()
    print(lock.locked())

    try:
        async with lock:
            raise ValueError('inside')
    except ValueError:
        print('released after error', lock.locked())


asyncio.run(main())
