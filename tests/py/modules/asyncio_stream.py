# asyncio: start_server and open_connection over loopback, readline/readexactly/read/write/drain/close, several clients, refused connections
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b'echo:' + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, n):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    out = []
    for i in range(3):
        w.write(b'%d-%d\n' % (n, i))
        await w.drain()
        out.append(await r.readline())
    w.close()
    await w.wait_closed()
    return out


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    for out in await asyncio.gather(*[client(port, n) for n in range(3)]):
        print(out)

    # a big write is drained completely (under CPython's 64 KiB line limit)
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'z' * 60000 + b'\n')
    await w.drain()
    line = await r.readline()
    print(len(line), line[:7])
    w.write(b'ab')
    w.write_eof()
    print(await r.read())
    w.close()
    await w.wait_closed()

    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__)

    # readexactly at end of stream raises IncompleteReadError
    async def short(reader, writer):
        writer.write(b'abc')
        await writer.drain()
        writer.close()
    server = await asyncio.start_server(short, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    print(await r.readexactly(2))
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected, isinstance(e, EOFError))
    print(await r.read(), await r.readline())
    w.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
