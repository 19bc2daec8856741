# asyncio: event loop objects: new_event_loop, run_until_complete, run_forever with stop, call_soon/call_later ordering, create_task on a loop
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b
print(loop.run_until_complete(add(1, 2)))

log = []
# later2 is due well after later1 even when registering it is slow (GC stress).
loop.call_later(0.15, log.append, 'later2')
loop.call_later(0.01, log.append, 'later1')
loop.call_soon(log.append, 'soon1')
loop.call_soon(log.append, 'soon2')
h = loop.call_soon(log.append, 'cancelled')
h.cancel()
loop.call_later(0.16, loop.stop)
loop.run_forever()
print(log)


async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.001)
    loop.stop()
t = loop.create_task(ticker())
loop.run_forever()
print(t.done(), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
