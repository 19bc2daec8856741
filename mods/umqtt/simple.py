# mods/umqtt/simple.py: an MQTT 3.1.1 client with the API of MicroPython's
# umqtt.simple (connect, publish QoS 0/1, subscribe, check_msg, wait_msg, ping,
# last will), written here from the protocol. Layer: library modules (frozen Python).
# SPDX-License-Identifier: MIT
#
# Errors: the network's are OSError (refused, timed out, closed); the broker's
# refusals and replies that break the protocol are MQTTException, itself an
# OSError whose errno is the CONNACK return code (0x80 for a refused
# subscription, -1 for a malformed packet), so code that catches OSError to
# reconnect (umqtt.robust) catches them too. docs/iot.md has the details.

import time

CONNECT_TIMEOUT = 10     # seconds for the CONNACK when connect() is given no timeout

_CONNACK_TEXT = {
    1: "unacceptable protocol version",
    2: "client identifier rejected",
    3: "server unavailable",
    4: "bad user name or password",
    5: "not authorised",
}


class MQTTException(OSError):
    pass


def _malformed(what, data=b""):
    return MQTTException(-1, "malformed %s from the broker%s" % (what, (": %r" % (bytes(data[:32]),)) if data else ""))


def _b(v, what):
    if isinstance(v, str):
        return v.encode()
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v)
    raise TypeError("%s must be str or bytes, not %s" % (what, type(v).__name__))


def _field(v):
    # A UTF-8 string or binary field: two bytes of length, then the bytes.
    if len(v) > 65535:
        raise ValueError("MQTT field longer than 65535 bytes")
    return bytes((len(v) >> 8, len(v) & 0xFF)) + v


def _varlen(n):
    # The remaining length, 7 bits a byte, low first.
    if n > 268435455:
        raise ValueError("MQTT packet too long")
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _packet(first, body):
    return bytes((first,)) + _varlen(len(body)) + body


def credentials(client_id, user, password, keepalive):
    """(client_id, user, password, keepalive) checked, the strings as bytes (None kept):
    the constructor arguments both clients share."""
    if not isinstance(keepalive, int) or not 0 <= keepalive <= 65535:
        raise ValueError("keepalive must be an int of seconds, 0..65535")
    return (_b(client_id, "client_id"), None if user is None else _b(user, "user"),
            None if password is None else _b(password, "password"), keepalive)


def last_will(topic, msg, retain, qos):
    """(topic, msg, retain, qos) checked, as bytes: the will connect_packet takes."""
    if qos not in (0, 1, 2):
        raise ValueError("qos must be 0, 1 or 2")
    topic = _b(topic, "topic")
    if not topic:
        raise ValueError("last will topic must not be empty")
    return topic, _b(msg, "msg"), retain, qos


def connect_packet(client_id, user, password, keepalive, clean_session, lw):
    # CONNECT (3.1.1, level 4). [lw] is (topic, msg, retain, qos) or None.
    flags = 0x02 if clean_session else 0
    payload = _field(client_id)
    if lw:
        topic, msg, retain, qos = lw
        flags |= 0x04 | (qos << 3) | (0x20 if retain else 0)
        payload += _field(topic) + _field(msg)
    if user is not None:
        flags |= 0x80
        payload += _field(user)
        if password is not None:
            flags |= 0x40
            payload += _field(password)
    body = b"\x00\x04MQTT\x04" + bytes((flags, keepalive >> 8, keepalive & 0xFF)) + payload
    return _packet(0x10, body)


def publish_packet(topic, msg, retain, qos, pid, dup=False):
    first = 0x30 | (qos << 1) | (1 if retain else 0) | (0x08 if dup else 0)
    body = _field(topic) + (bytes((pid >> 8, pid & 0xFF)) if qos else b"") + msg
    return _packet(first, body)


def subscribe_packet(topic, qos, pid):
    return _packet(0x82, bytes((pid >> 8, pid & 0xFF)) + _field(topic) + bytes((qos,)))


def unsubscribe_packet(topic, pid):
    return _packet(0xA2, bytes((pid >> 8, pid & 0xFF)) + _field(topic))


def parse_connack(op, body):
    # The session-present flag of a CONNACK; MQTTException for a refusal or a bad packet.
    if op != 0x20 or len(body) != 2:
        raise _malformed("CONNACK", bytes((op,)) + body)
    rc = body[1]
    if rc:
        raise MQTTException(rc, "connection refused by the broker: %s" % _CONNACK_TEXT.get(rc, "code %d" % rc))
    return body[0] & 1


def parse_publish(op, body):
    # (topic, msg, qos, pid, retain, dup) of a PUBLISH packet.
    qos = (op >> 1) & 3
    if qos == 3 or len(body) < 2:
        raise _malformed("PUBLISH", bytes((op,)) + body)
    n = (body[0] << 8) | body[1]
    if len(body) < 2 + n + (2 if qos else 0):
        raise _malformed("PUBLISH", bytes((op,)) + body)
    topic = body[2:2 + n]
    i = 2 + n
    pid = 0
    if qos:
        pid = (body[i] << 8) | body[i + 1]
        i += 2
    return topic, body[i:], qos, pid, op & 1, (op >> 3) & 1


def check_len(what, op, body, n):
    if len(body) != n:
        raise _malformed(what, bytes((op,)) + body)


class MQTTClient:
    """MQTTClient(client_id, server, port=0, user=None, password=None, keepalive=0, ssl=None)."""

    def __init__(self, client_id, server, port=0, user=None, password=None, keepalive=0,
                 ssl=None, ssl_params=None):
        if ssl:
            raise ValueError("MQTT over TLS is not supported: this build has no ssl module")
        if not port:
            port = 1883
        self.client_id, self.user, self.pswd, self.keepalive = credentials(
            client_id, user, password, keepalive)
        self.server = server
        self.port = port
        self.sock = None
        self.pid = 0
        self.cb = None
        self.lw_topic = None
        self.lw_msg = None
        self.lw_qos = 0
        self.lw_retain = False
        self._last_send = 0
        self.timeout = None

    # ---- the wire ----------------------------------------------------------------

    def _send(self, data):
        if self.sock is None:
            raise OSError("MQTT client is not connected")
        self.sock.sendall(data)
        self._last_send = time.ticks_ms()

    def _recv(self, n):
        # Exactly n bytes; OSError when the broker closes the connection first.
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise OSError(-1, "connection closed by the broker" + (" inside a packet" if buf else ""))
            buf += chunk
        return buf

    def _peek(self):
        # Whatever else arrived at once (at most 31 bytes), for an error message.
        try:
            self.sock.settimeout(0.05)
            return self.sock.recv(31)
        except OSError:
            return b""

    def _read_rest(self, op):
        # The body of a packet whose first byte [op] was read.
        n = 0
        shift = 0
        while True:
            b = self._recv(1)[0]
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                break
            shift += 7
            if shift > 21:
                raise _malformed("packet length")
        return self._recv(n) if n else b""

    def _new_pid(self):
        self.pid = self.pid % 65535 + 1
        return self.pid

    # ---- the API -----------------------------------------------------------------

    def set_callback(self, f):
        """f(topic, msg) is called with bytes for each message received."""
        self.cb = f

    def set_last_will(self, topic, msg, retain=False, qos=0):
        """The message the broker publishes when this client drops without disconnect()."""
        self.lw_topic, self.lw_msg, self.lw_retain, self.lw_qos = last_will(topic, msg, retain,
                                                                             qos)

    def connect(self, clean_session=True, timeout=None):
        """Connects and returns the session-present flag (0/1). The socket keeps
        [timeout] (seconds, None: blocking) for the later calls."""
        self.close()
        from requests import connect     # each address of the host in turn, as requests does
        sock = connect(self.server, self.port, timeout if timeout is not None else CONNECT_TIMEOUT)
        try:
            self.sock = sock
            lw = (self.lw_topic, self.lw_msg, self.lw_retain, self.lw_qos) if self.lw_topic else None
            self._send(connect_packet(self.client_id, self.user, self.pswd, self.keepalive,
                                      clean_session, lw))
            op = self._recv(1)[0]
            if op != 0x20:
                raise _malformed("CONNACK", bytes((op,)) + self._peek())
            present = parse_connack(op, self._read_rest(op))
        except Exception:
            self.sock = None
            sock.close()
            raise
        sock.settimeout(timeout)
        self.timeout = timeout
        return present

    def close(self):
        """Closes the socket without DISCONNECT (the broker then sends the last will)."""
        if self.sock is not None:
            s, self.sock = self.sock, None
            s.close()

    def disconnect(self):
        """Sends DISCONNECT (no last will) and closes the connection."""
        if self.sock is None:
            return
        try:
            self._send(b"\xe0\x00")
        finally:
            self.close()

    def ping(self):
        """Sends PINGREQ; wait_msg()/check_msg() take the PINGRESP."""
        self._send(b"\xc0\x00")

    def publish(self, topic, msg, retain=False, qos=0):
        """Publishes [msg] on [topic]; with qos=1, returns once the broker acknowledged it."""
        if qos not in (0, 1):
            raise ValueError("qos must be 0 or 1 (QoS 2 is not supported)")
        topic = _b(topic, "topic")
        if not topic:
            raise ValueError("topic must not be empty")
        pid = self._new_pid() if qos else 0
        self._send(publish_packet(topic, _b(msg, "msg"), retain, qos, pid))
        if qos == 1:
            self._await(0x40, pid, "PUBACK")

    def _await(self, want, pid, what):
        # Handles packets until the acknowledgement [want] for [pid] arrives.
        while True:
            op = self.wait_msg()
            if op is None or op & 0xF0 == 0x30:
                continue
            body = self._last
            if op == want:
                if len(body) < 2:
                    raise _malformed(what, bytes((op,)) + body)
                if (body[0] << 8) | body[1] == pid:
                    return body
            elif op & 0xF0 in (0x20, 0x90, 0xB0, 0x40):
                continue             # a late acknowledgement of something else
            else:
                raise _malformed(what, bytes((op,)) + body)

    def subscribe(self, topic, qos=0):
        """Subscribes to [topic] (wildcards allowed); MQTTException if the broker refuses."""
        if self.cb is None:
            raise ValueError("set_callback() first: subscribe needs a callback")
        if qos not in (0, 1):
            raise ValueError("qos must be 0 or 1 (QoS 2 is not supported)")
        topic = _b(topic, "topic")
        if not topic:
            raise ValueError("topic must not be empty")
        pid = self._new_pid()
        self._send(subscribe_packet(topic, qos, pid))
        body = self._await(0x90, pid, "SUBACK")
        check_len("SUBACK", 0x90, body, 3)
        if body[2] == 0x80:
            raise MQTTException(0x80, "subscription to %r refused by the broker" % topic.decode())

    def unsubscribe(self, topic):
        """Ends a subscription."""
        pid = self._new_pid()
        self._send(unsubscribe_packet(_b(topic, "topic"), pid))
        self._await(0xB0, pid, "UNSUBACK")

    def wait_msg(self):
        """Waits for one packet and handles it: a message goes to the callback (and is
        acknowledged after it returns, for QoS 1). Returns None for a message or a
        PINGRESP, else the packet's type byte."""
        if self.sock is None:
            raise OSError("MQTT client is not connected")
        op = self._recv(1)[0]
        return self._handle(op)

    def _handle(self, op):
        if op & 0xF0 in (0x00, 0xF0):
            raise _malformed("packet", bytes((op,)) + self._peek())
        body = self._read_rest(op)
        self._last = body
        if op == 0xD0:
            check_len("PINGRESP", op, body, 0)
            return None
        if op & 0xF0 != 0x30:
            return op
        topic, msg, qos, pid, retain, dup = parse_publish(op, body)
        if qos == 2:
            raise _malformed("PUBLISH (QoS 2 was never asked for)", bytes((op,)) + body)
        self.last_retain = retain
        self.last_dup = dup
        if self.cb is not None:
            self.cb(topic, msg)
        if qos == 1:
            self._send(bytes((0x40, 2, pid >> 8, pid & 0xFF)))
        return None

    def check_msg(self):
        """Handles one waiting packet if there is one, without blocking; returns as
        wait_msg(), or None when nothing was waiting. Pings the broker when the
        keepalive is half gone without a packet sent."""
        if self.sock is None:
            raise OSError("MQTT client is not connected")
        if self.keepalive and time.ticks_diff(time.ticks_ms(), self._last_send) >= self.keepalive * 500:
            self.ping()
        timeout = self.sock.gettimeout()
        self.sock.settimeout(0)
        try:
            first = self.sock.recv(1)
        except OSError as e:
            if e.errno not in (11, 115):   # EAGAIN / EINPROGRESS: nothing waiting
                raise
            return None
        finally:
            if self.sock is not None:
                self.sock.settimeout(timeout)
        if not first:
            raise OSError(-1, "connection closed by the broker")
        return self._handle(first[0])
