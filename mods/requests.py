# mods/requests.py: a small HTTP/1.0 client with the API of MicroPython's requests
# (urequests): request/get/post/put/patch/delete/head, headers, json, auth, timeout;
# Response with status_code, reason, headers, content, text, json(). Written here.
# Layer: library modules (frozen Python). aiorequests shares the parsing below.
# SPDX-License-Identifier: MIT
#
# Errors: the network's are OSError (refused, unreachable, timed out: TimeoutError);
# a URL it cannot use and a reply that is not HTTP are ValueError, naming what was
# wrong. http:// only: this build has no ssl module.

import json as _json
import socket

MAX_REDIRECTS = 5
MAX_HEADER_LINE = 8192


class Response:
    """The server's reply; content is read on first use unless it already was."""

    def __init__(self, sock):
        self.raw = sock
        self.encoding = "utf-8"
        self._cached = None
        self.status_code = None
        self.reason = ""
        self.headers = {}
        self.url = None
        self._length = None
        self._chunked = False

    def close(self):
        if self.raw is not None:
            self.raw.close()
            self.raw = None
        self._cached = self._cached if self._cached is not None else b""

    @property
    def content(self):
        if self._cached is None:
            length, chunked = self._length, self._chunked
            used = getattr(self.raw, "used", 0)      # what a stream=True reader took
            if used:
                chunked = False                       # the rest, as it comes
                length = None if length is None else max(0, length - used)
            try:
                self._cached = read_body(self.raw.recv, length, chunked)
            finally:
                self.close()
        return self._cached

    @property
    def text(self):
        return str(self.content, self.encoding)

    def json(self):
        try:
            return _json.loads(self.content)
        except ValueError:
            raise ValueError("response body is not JSON: %r" % (self.content[:40],))

    def __repr__(self):
        return "<Response [%s]>" % self.status_code


def parse_url(url):
    # (scheme, host, port, path) of an http URL; ValueError for anything else.
    if not isinstance(url, str):
        raise TypeError("url must be a str")
    try:
        proto, _, rest = url.split("/", 2)
    except ValueError:
        rest = None
        proto = url
    if proto == "https:":
        raise ValueError("https URLs are not supported: this build has no ssl module")
    if proto != "http:" or rest is None:
        raise ValueError("unsupported URL %r: expected http://host[:port]/path" % url)
    host, sep, path = rest.partition("/")
    path = "/" + path
    if "@" in host:
        raise ValueError("credentials in the URL are not supported: use auth=(user, password)")
    port = 80
    if host.startswith("["):
        end = host.find("]")
        h, tail = host[1:end], host[end + 1:]
        if tail.startswith(":"):
            port = _port(tail[1:], url)
        host = h
    elif ":" in host:
        host, p = host.rsplit(":", 1)
        port = _port(p, url)
    if not host:
        raise ValueError("no host in URL %r" % url)
    return "http", host, port, path


def _port(text, url):
    try:
        p = int(text)
    except ValueError:
        p = -1
    if not 0 < p < 65536:
        raise ValueError("bad port in URL %r" % url)
    return p


def _b64(data):
    import binascii
    return binascii.b2a_base64(data)[:-1].decode()


def build_request(method, host, port, path, data, json, headers, auth):
    # (the request's bytes, its body) for [method]; headers given win over ours.
    if json is not None:
        if data is not None:
            raise ValueError("give data or json, not both")
        data = _json.dumps(json)
        ctype = "application/json"
    else:
        ctype = None
    if isinstance(data, str):
        data = data.encode()
    elif isinstance(data, dict):
        raise TypeError("form dicts are not supported: give data as str or bytes")
    elif data is not None and not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("data must be str or bytes, not %s" % type(data).__name__)
    hdrs = {}
    for k, v in (headers or {}).items():
        hdrs[k.lower()] = (k, v)
    lines = ["%s %s HTTP/1.0" % (method, path)]
    if "host" not in hdrs:
        lines.append("Host: %s" % (host if port == 80 else "%s:%d" % (host, port)))
    if auth is not None and "authorization" not in hdrs:
        user, pw = auth
        lines.append("Authorization: Basic " + _b64(("%s:%s" % (user, pw)).encode()))
    if data is not None:
        if "content-length" not in hdrs:
            lines.append("Content-Length: %d" % len(data))
        if ctype and "content-type" not in hdrs:
            lines.append("Content-Type: " + ctype)
    for k, v in hdrs.values():
        if "\r" in str(k) + str(v) or "\n" in str(k) + str(v):
            raise ValueError("header %r holds a line break" % k)
        lines.append("%s: %s" % (k, v))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode()
    return head, (bytes(data) if data is not None else None)


def parse_status(line):
    # (status code, reason) of an HTTP status line (bytes, with its CRLF).
    if not line:
        raise ValueError("malformed HTTP reply: the server closed the connection without a status line")
    parts = line.rstrip(b"\r\n").split(None, 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/"):
        raise ValueError("malformed HTTP status line: %r" % (line[:60],))
    try:
        code = int(parts[1])
    except ValueError:
        code = -1
    if not 100 <= code <= 999:
        raise ValueError("malformed HTTP status line: %r" % (line[:60],))
    return code, (parts[2].decode() if len(parts) > 2 else "")


def parse_header(line, headers):
    # Adds one header line to [headers]; False at the blank line that ends them.
    if line in (b"\r\n", b"\n"):
        return False
    if not line:
        raise ValueError("malformed HTTP reply: the connection closed inside the headers")
    if not line.endswith(b"\n"):
        raise ValueError("malformed HTTP reply: header line too long")
    k, sep, v = line.decode("utf-8", "replace").partition(":")
    if not sep:
        raise ValueError("malformed HTTP header line: %r" % (line[:60],))
    headers[k.strip()] = v.strip()
    return True


def body_framing(headers):
    # (length or None, chunked) from the reply's headers.
    length = None
    chunked = False
    for k, v in headers.items():
        kl = k.lower()
        if kl == "content-length":
            try:
                length = int(v)
            except ValueError:
                length = -1
            if length < 0:
                raise ValueError("malformed HTTP reply: Content-Length %r" % v)
        elif kl == "transfer-encoding" and v.lower() == "chunked":
            chunked = True
    return length, chunked


class _Reader:
    # Lines and exact counts over a recv function, buffered.
    def __init__(self, recv, buf=b""):
        self.recv = recv
        self.buf = buf

    def more(self):
        chunk = self.recv(1024)
        self.buf += chunk
        return bool(chunk)

    def line(self):
        while b"\n" not in self.buf:
            if len(self.buf) > MAX_HEADER_LINE or not self.more():
                line, self.buf = self.buf, b""
                return line
        i = self.buf.index(b"\n") + 1
        line, self.buf = self.buf[:i], self.buf[i:]
        return line

    def exact(self, n, what):
        while len(self.buf) < n:
            if not self.more():
                raise ValueError("malformed HTTP reply: %s cut short (%d of %d bytes)" % (what, len(self.buf), n))
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def rest(self):
        while self.more():
            pass
        data, self.buf = self.buf, b""
        return data


def read_body(recv, length, chunked, buf=b""):
    r = recv if isinstance(recv, _Reader) else _Reader(recv, buf)
    if chunked:
        out = b""
        while True:
            line = r.line()
            try:
                n = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                raise ValueError("malformed HTTP reply: bad chunk size line %r" % (line[:40],))
            if n == 0:
                return out
            out += r.exact(n, "chunk")
            r.exact(2, "chunk end")
    if length is not None:
        return r.exact(length, "body")
    return r.rest()


def connect(host, port, timeout):
    # A connected TCP socket with [timeout]: each address of [host] in turn (localhost
    # may be ::1 first while the server listens on 127.0.0.1); the last error if none.
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    if not ai:
        raise OSError("cannot resolve host %r" % host)
    err = None
    for family, stype, proto, _, addr in ai:
        s = socket.socket(family, stype, proto)
        try:
            s.settimeout(timeout)
            s.connect(addr)
            return s
        except OSError as e:
            s.close()
            err = e
        except BaseException:
            s.close()
            raise
    raise err


def request(method, url, data=None, json=None, headers=None, stream=None, auth=None,
            timeout=None, parse_headers=True):
    """Sends one HTTP request and returns its Response (redirects followed for GET/HEAD).
    timeout (s) bounds the connection and each wait for the server."""
    redirects = 0
    while True:
        _, host, port, path = parse_url(url)
        head, body = build_request(method, host, port, path, data, json, headers, auth)
        s = connect(host, port, timeout)
        try:
            s.sendall(head)
            if body:
                s.sendall(body)
            r = _Reader(s.recv)
            code, reason = parse_status(r.line())
            hdrs = {}
            while parse_header(r.line(), hdrs):
                pass
        except Exception:
            s.close()
            raise
        location = None
        for k, v in hdrs.items():
            if k.lower() == "location":
                location = v
        if code in (301, 302, 303, 307, 308) and location and method in ("GET", "HEAD"):
            s.close()
            redirects += 1
            if redirects > MAX_REDIRECTS:
                raise ValueError("too many redirects (more than %d)" % MAX_REDIRECTS)
            if location.startswith("/"):
                location = "http://%s:%d%s" % (host, port, location)
            url = location
            continue
        resp = Response(s)
        resp.status_code = code
        resp.reason = reason
        resp.url = url
        resp.headers = hdrs if parse_headers else {}
        try:
            resp._length, resp._chunked = body_framing(hdrs)
            if method == "HEAD" or code in (204, 304) or 100 <= code < 200:
                resp._cached = b""
                resp.close()
            elif not stream:
                resp._cached = read_body(r, resp._length, resp._chunked)
                resp.close()
            else:
                resp.raw = _Stream(s, r)
        except Exception:
            s.close()
            raise
        return resp


class _Stream:
    # What a stream=True Response reads from: the bytes buffered after the headers, then
    # the socket.
    def __init__(self, sock, reader):
        self.sock = sock
        self.reader = reader
        self.used = 0

    def recv(self, n):
        if self.reader.buf:
            data, self.reader.buf = self.reader.buf[:n], self.reader.buf[n:]
        else:
            data = self.sock.recv(n)
        return data

    def read(self, n):
        data = self.recv(n)
        self.used += len(data)
        return data

    def close(self):
        self.sock.close()


def head(url, **kw):
    return request("HEAD", url, **kw)


def get(url, **kw):
    return request("GET", url, **kw)


def post(url, **kw):
    return request("POST", url, **kw)


def put(url, **kw):
    return request("PUT", url, **kw)


def patch(url, **kw):
    return request("PATCH", url, **kw)


def delete(url, **kw):
    return request("DELETE", url, **kw)
