# asyncio on the simulated board while it waits on host sockets: the board clock is
# virtual, but a wait on a real socket takes wall time, which the board clock follows,
# so an asyncio timeout around a peer that never answers expires (before, it hung).
# No CPython counterpart (the board); expected output in the .exp file.
import asyncio
import machine
import socket
import time

server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(1)
port = server.getsockname()[1]


async def silent_peer():
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    start = time.ticks_ms()
    try:
        await asyncio.wait_for(reader.read(10), 0.3)
        print("read returned")
    except asyncio.TimeoutError:
        waited = time.ticks_diff(time.ticks_ms(), start)
        print("timed out after at least 0.3 s of board time:", waited >= 300)
    writer.close()


asyncio.run(silent_peer())

# A plain select.poll on the silent socket: its timeout moves the board clock too.
import select
c = socket.socket()
c.connect(("127.0.0.1", port))
p = select.poll()
p.register(c, select.POLLIN)
t0 = time.ticks_ms()
print("poll:", p.poll(200))
print("board clock moved >= 200 ms:", time.ticks_diff(time.ticks_ms(), t0) >= 200)
c.close()
server.close()
