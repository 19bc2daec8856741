# mods/umqtt/aio.py: an asyncio MQTT 3.1.1 client with umqtt.simple's methods as
# coroutines. A reader task, started by connect(), takes every packet from the broker:
# messages go to the callback and to wait_msg(), acknowledgements wake the coroutine
# waiting for them, and it pings the broker when the keepalive is half gone.
# Layer: library modules (frozen Python), over asyncio's streams and umqtt.simple's packets.
# SPDX-License-Identifier: MIT
#
# Every wait for the broker is bounded by the client's timeout (connect's, else
# simple.CONNECT_TIMEOUT): TimeoutError (an OSError) names what did not come.
# A broken connection fails every waiting coroutine with the same OSError.

import asyncio
import time

from .simple import (MQTTException, CONNECT_TIMEOUT, _b, _malformed, credentials, last_will,
                     connect_packet, publish_packet, subscribe_packet, unsubscribe_packet,
                     parse_connack, parse_publish, check_len)


class MQTTClient:
    """MQTTClient(client_id, server, port=0, user=None, password=None, keepalive=0)."""

    def __init__(self, client_id, server, port=0, user=None, password=None, keepalive=0):
        self.client_id, self.user, self.pswd, self.keepalive = credentials(
            client_id, user, password, keepalive)
        self.server = server
        self.port = port or 1883
        self.cb = None
        self.lw = None
        self.pid = 0
        self.timeout = CONNECT_TIMEOUT
        self._r = self._w = None
        self._task = None
        self._waiters = {}         # (type, pid) -> Future
        self._queue = []           # messages for wait_msg
        self._arrived = asyncio.Event()
        self._error = None
        self._last_send = 0

    def set_callback(self, f):
        """f(topic, msg) is called (awaited, if it returns a coroutine) for each message."""
        self.cb = f

    def set_last_will(self, topic, msg, retain=False, qos=0):
        self.lw = last_will(topic, msg, retain, qos)

    def isconnected(self):
        return self._w is not None and self._error is None

    async def _bounded(self, aw, what):
        try:
            return await asyncio.wait_for(aw, self.timeout)
        except asyncio.TimeoutError:
            raise OSError(110, "timed out: no %s from the broker within %s s" % (what, self.timeout))

    async def _send(self, data):
        if self._w is None:
            raise OSError("MQTT client is not connected")
        if self._error is not None:
            raise self._error
        self._w.write(data)
        await self._w.drain()
        self._last_send = time.ticks_ms()

    async def _read_packet(self, wait=None):
        # Only the wait for the first byte may time out: a packet is never cut in two.
        first = await asyncio.wait_for(self._r.readexactly(1), wait)
        return first[0], await self._read_rest()

    async def _read_rest(self):
        n = shift = 0
        while True:
            b = (await self._r.readexactly(1))[0]
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                break
            shift += 7
            if shift > 21:
                raise _malformed("packet length")
        return await self._r.readexactly(n) if n else b""

    async def connect(self, clean_session=True, timeout=None):
        """Connects, starts the reader task and returns the session-present flag."""
        await self.close()
        if timeout is not None:
            self.timeout = timeout
        self._error = None
        try:
            self._r, self._w = await self._bounded(asyncio.open_connection(self.server, self.port),
                                                   "connection")
            await self._send(connect_packet(self.client_id, self.user, self.pswd, self.keepalive,
                                            clean_session, self.lw))
            op = (await self._bounded(self._r.readexactly(1), "CONNACK"))[0]
            if op != 0x20:
                try:
                    more = await asyncio.wait_for(self._r.read(31), 0.05)
                except (asyncio.TimeoutError, OSError):
                    more = b""
                raise _malformed("CONNACK", bytes((op,)) + more)
            body = await self._bounded(self._read_rest(), "CONNACK")
        except asyncio.IncompleteReadError:
            await self.close()
            raise OSError(-1, "connection closed by the broker")
        except BaseException:
            await self.close()
            raise
        try:
            present = parse_connack(op, body)
        except OSError:
            await self.close()
            raise
        self._task = asyncio.create_task(self._reader())
        return present

    async def _reader(self):
        try:
            while True:
                wait = None
                if self.keepalive:
                    left = self.keepalive * 500 - time.ticks_diff(time.ticks_ms(), self._last_send)
                    if left <= 0:
                        await self._send(b"\xc0\x00")
                        continue
                    wait = left / 1000
                try:
                    op, body = await self._read_packet(wait)
                except asyncio.TimeoutError:
                    continue
                await self._dispatch(op, body)
        except asyncio.CancelledError:
            raise
        except asyncio.IncompleteReadError:
            self._fail(OSError(-1, "connection closed by the broker"))
        except Exception as e:
            self._fail(e)

    def _fail(self, e):
        self._error = e
        for fut in self._waiters.values():
            if not fut.done():
                fut.set_exception(e)
        self._waiters = {}
        self._arrived.set()

    async def _dispatch(self, op, body):
        kind = op & 0xF0
        if kind == 0x30:
            topic, msg, qos, pid, retain, dup = parse_publish(op, body)
            if qos == 2:
                raise _malformed("PUBLISH (QoS 2 was never asked for)", bytes((op,)) + body)
            if self.cb is not None:
                r = self.cb(topic, msg)
                if hasattr(r, "send"):
                    await r
            else:
                self._queue.append((topic, msg))
                self._arrived.set()
            if qos == 1:
                await self._send(bytes((0x40, 2, pid >> 8, pid & 0xFF)))
            return
        if op == 0xD0:
            check_len("PINGRESP", op, body, 0)
            key = (0xD0, 0)
        elif kind in (0x40, 0x90, 0xB0) and len(body) >= 2:
            key = (kind, (body[0] << 8) | body[1])
        else:
            raise _malformed("packet", bytes((op,)) + body)
        fut = self._waiters.pop(key, None)
        if fut is not None and not fut.done():
            fut.set_result(body)

    async def _request(self, data, key, what):
        fut = asyncio.get_event_loop().create_future()
        self._waiters[key] = fut
        try:
            await self._send(data)
            return await self._bounded(fut, what)
        finally:
            self._waiters.pop(key, None)

    def _new_pid(self):
        self.pid = self.pid % 65535 + 1
        return self.pid

    async def publish(self, topic, msg, retain=False, qos=0):
        """Publishes; with qos=1, returns once the broker acknowledged it."""
        if qos not in (0, 1):
            raise ValueError("qos must be 0 or 1 (QoS 2 is not supported)")
        topic = _b(topic, "topic")
        if not topic:
            raise ValueError("topic must not be empty")
        msg = _b(msg, "msg")
        if qos == 0:
            await self._send(publish_packet(topic, msg, retain, 0, 0))
            return
        pid = self._new_pid()
        await self._request(publish_packet(topic, msg, retain, 1, pid), (0x40, pid), "PUBACK")

    async def subscribe(self, topic, qos=0):
        """Subscribes; MQTTException if the broker refuses."""
        if qos not in (0, 1):
            raise ValueError("qos must be 0 or 1 (QoS 2 is not supported)")
        topic = _b(topic, "topic")
        if not topic:
            raise ValueError("topic must not be empty")
        pid = self._new_pid()
        body = await self._request(subscribe_packet(topic, qos, pid), (0x90, pid), "SUBACK")
        check_len("SUBACK", 0x90, body, 3)
        if body[2] == 0x80:
            raise MQTTException(0x80, "subscription to %r refused by the broker" % topic.decode())

    async def unsubscribe(self, topic):
        pid = self._new_pid()
        await self._request(unsubscribe_packet(_b(topic, "topic"), pid), (0xB0, pid), "UNSUBACK")

    async def ping(self):
        """A ping round trip: returns once the PINGRESP came back."""
        await self._request(b"\xc0\x00", (0xD0, 0), "PINGRESP")

    async def wait_msg(self, timeout=None):
        """The next (topic, msg) when no callback is set; TimeoutError after [timeout] s."""
        if self.cb is not None:
            raise ValueError("wait_msg() returns messages only when no callback is set")

        async def next_msg():
            while not self._queue:
                if self._error is not None:
                    raise self._error
                self._arrived.clear()
                await self._arrived.wait()
            return self._queue.pop(0)
        if timeout is None:
            return await next_msg()
        try:
            return await asyncio.wait_for(next_msg(), timeout)
        except asyncio.TimeoutError:
            raise OSError(110, "timed out: no message within %s s" % timeout)

    async def close(self):
        """Closes the connection without DISCONNECT (the broker sends the last will)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except BaseException:
                pass
        w, self._w, self._r = self._w, None, None
        if w is not None:
            w.close()
            try:
                await w.wait_closed()
            except OSError:
                pass

    async def disconnect(self):
        """Sends DISCONNECT (no last will) and closes."""
        if self._w is not None and self._error is None:
            try:
                await self._send(b"\xe0\x00")
            except OSError:
                pass
        await self.close()
