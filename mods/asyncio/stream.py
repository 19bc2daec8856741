# mods/asyncio/stream.py: asyncio streams over non-blocking sockets: Stream (both
# StreamReader and StreamWriter, as MicroPython's), open_connection, start_server, Server.
# Layer: library modules (frozen Python), on core.py's readiness callbacks.
# SPDX-License-Identifier: MIT
#
# A stream reads and writes its object through the MicroPython stream methods
# (read(n) and write(buf) returning None when they would block), so any
# object with those and a fileno() works, not only sockets.

import socket
try:
    from errno import EINPROGRESS, EAGAIN
except ImportError:     # errno is a separate module that a build may leave out
    EINPROGRESS, EAGAIN = 115, 11
from .core import CancelledError, get_event_loop, get_running_loop, ensure_future, iscoroutine

__all__ = ['Stream', 'StreamReader', 'StreamWriter', 'IncompleteReadError',
           'LimitOverrunError', 'open_connection', 'start_server', 'Server']


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__('%d bytes read on a total of %s expected bytes'
                         % (len(partial), r_expected))
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


async def _wait_ready(obj, write):
    # Waits until [obj] can be read (or written, when [write]) without blocking.
    # The descriptor is taken once: [obj] may be closed while this waits.
    loop = get_running_loop()
    fut = loop.create_future()
    fd = obj.fileno()

    def ready():
        if not fut.done():
            fut.set_result(None)

    table = loop._writers if write else loop._readers
    if write:
        loop.add_writer(fd, ready)
    else:
        loop.add_reader(fd, ready)
    h = table[fd]
    try:
        await fut
    finally:
        # Only our own registration: the descriptor may have been reused since.
        if table.get(fd) is h:
            if write:
                loop.remove_writer(fd)
            else:
                loop.remove_reader(fd)


class Stream:
    def __init__(self, s, e=None):
        self.s = s
        self.e = e if e is not None else {}
        # bytearrays grow in place: no quadratic copying for long lines or big writes
        self._buf = bytearray()
        self._eof = False
        self._out = bytearray()
        self._closer = None

    def get_extra_info(self, name, default=None):
        return self.e.get(name, default)

    # -- reading
    async def _fill(self):
        # Reads what the object has into the buffer; False at end of stream.
        while True:
            data = self.s.read(4096)
            if data is None:
                await _wait_ready(self.s, False)
                continue
            if not data:
                self._eof = True
                return False
            self._buf.extend(data)
            return True

    def _take(self, n):
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data

    def at_eof(self):
        return self._eof and not self._buf

    async def read(self, n=-1):
        if n == 0:
            return b''
        if n < 0:
            while not self._eof:
                await self._fill()
            return self._take(len(self._buf))
        if not self._buf and not self._eof:
            await self._fill()
        return self._take(n)

    async def readinto(self, buf):
        if not self._buf and not self._eof:
            await self._fill()
        n = min(len(buf), len(self._buf))
        buf[:n] = self._take(n)
        return n

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        while len(self._buf) < n:
            if self._eof or not await self._fill():
                partial = self._take(len(self._buf))
                raise IncompleteReadError(partial, n)
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        start = 0
        while True:
            i = self._buf.find(separator, start)
            if i >= 0:
                return self._take(i + len(separator))
            start = max(0, len(self._buf) - len(separator) + 1)
            if self._eof or not await self._fill():
                partial = self._take(len(self._buf))
                raise IncompleteReadError(partial, None)

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial

    # -- writing: write() sends what it can at once and keeps the rest for drain()
    def _send_some(self):
        while self._out:
            n = self.s.write(self._out)
            if not n:
                return
            del self._out[:n]

    def write(self, buf):
        if self.s is None:
            raise RuntimeError('unable to perform operation on a closed stream')
        self._out.extend(buf)
        self._send_some()

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    async def drain(self):
        while self._out:
            await _wait_ready(self.s, True)
            self._send_some()

    def can_write_eof(self):
        return True

    def write_eof(self):
        self._send_some()
        self.s.shutdown(socket.SHUT_WR)

    # -- closing: close() flushes what is left in a task before closing the socket
    def is_closing(self):
        return self._closer is not None or self.s is None

    def close(self):
        if self.is_closing():
            return
        self._send_some()
        if self._out:
            self._closer = ensure_future(self._flush_and_close())
        else:
            self._closer = True
            self._close_now()

    async def _flush_and_close(self):
        try:
            await self.drain()
        finally:
            self._close_now()

    def _close_now(self):
        if self.s is not None:
            self.s.close()
            self.s = None

    async def wait_closed(self):
        c = self._closer
        if c is not None and c is not True:
            await c

    async def aclose(self):
        self.close()
        await self.wait_closed()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.aclose()


StreamReader = Stream
StreamWriter = Stream


def _stream_pair(sock):
    sock.setblocking(False)
    extra = {'socket': sock}
    try:
        extra['peername'] = sock.getpeername()
        extra['sockname'] = sock.getsockname()
    except OSError:
        pass
    s = Stream(sock, extra)
    return s, s


async def open_connection(host=None, port=None, *, limit=None, **kwds):
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    sock = socket.socket(ai[0], ai[1], ai[2])
    sock.setblocking(False)
    try:
        try:
            sock.connect(ai[-1])
        except OSError as e:
            if e.errno != EINPROGRESS:
                raise
            await _wait_ready(sock, True)
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                raise OSError(err, 'Connect call failed %s' % (ai[-1],))
    except BaseException:
        sock.close()
        raise
    return _stream_pair(sock)


class Server:
    def __init__(self, sock, cb):
        self.sockets = [sock]
        self._sock = sock
        self._cb = cb
        self._task = None
        self._closed = None
        self._clients = []

    def get_loop(self):
        return get_event_loop()

    def is_serving(self):
        return self._task is not None and not self._task.done()

    async def start_serving(self):
        if self._task is None:
            self._task = ensure_future(self._serve())

    async def _serve(self):
        sock = self._sock
        while True:
            try:
                conn, addr = sock.accept()
            except OSError as e:
                if e.errno == EAGAIN or isinstance(e, BlockingIOError):
                    await _wait_ready(sock, False)
                    continue
                raise
            r, w = _stream_pair(conn)
            res = self._cb(r, w)
            if iscoroutine(res):
                ensure_future(res)

    def close(self):
        if self._closed is not None:
            return
        self._closed = True
        if self._task is not None:
            self._task.cancel()
        self._sock.close()
        self.sockets = []

    async def wait_closed(self):
        t = self._task
        if t is not None and not t.done():
            try:
                await t
            except CancelledError:
                pass

    async def serve_forever(self):
        await self.start_serving()
        try:
            await self._task
        except CancelledError:
            self.close()
            raise

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()


async def start_server(client_connected_cb, host=None, port=None, *, backlog=100,
                       reuse_address=True, start_serving=True, limit=None, **kwds):
    ai = socket.getaddrinfo(host if host is not None else '0.0.0.0', port or 0, 0,
                            socket.SOCK_STREAM, 0, socket.AI_PASSIVE)[0]
    sock = socket.socket(ai[0], ai[1], ai[2])
    try:
        if reuse_address:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(ai[-1])
        sock.listen(backlog)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    server = Server(sock, client_connected_cb)
    if start_serving:
        await server.start_serving()
    return server
