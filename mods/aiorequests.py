# mods/aiorequests.py: requests for asyncio: the same functions as coroutines
# (await aiorequests.get(url, ...)), returning requests' Response with its body
# already read. Layer: library modules (frozen Python), over asyncio's streams and
# requests' request building and reply parsing.
# SPDX-License-Identifier: MIT
#
# timeout (s) bounds the whole exchange: TimeoutError (an OSError) when it runs out.

import asyncio
import requests as _rq


async def _exchange(method, url, data, json, headers, auth):
    _, host, port, path = _rq.parse_url(url)
    head, body = _rq.build_request(method, host, port, path, data, json, headers, auth)
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(head)
        if body:
            writer.write(body)
        await writer.drain()
        r = _rq._Reader(None)

        async def more():
            chunk = await reader.read(1024)
            r.buf += chunk
            return bool(chunk)

        # Read everything the reply framing allows, then parse with requests' code.
        async def line():
            while b"\n" not in r.buf:
                if len(r.buf) > _rq.MAX_HEADER_LINE or not await more():
                    out, r.buf = r.buf, b""
                    return out
            i = r.buf.index(b"\n") + 1
            out, r.buf = r.buf[:i], r.buf[i:]
            return out

        code, reason = _rq.parse_status(await line())
        hdrs = {}
        while _rq.parse_header(await line(), hdrs):
            pass
        length, chunked = _rq.body_framing(hdrs)
        if method == "HEAD" or code in (204, 304) or 100 <= code < 200:
            content = b""
        else:
            if length is not None:
                while len(r.buf) < length and await more():
                    pass
            else:
                while await more():
                    pass
            content = _rq.read_body(lambda n: b"", length, chunked, r.buf)
    finally:
        writer.close()
        try:
            await writer.wait_closed()
        except OSError:
            pass
    resp = _rq.Response(None)
    resp.status_code, resp.reason, resp.headers, resp.url = code, reason, hdrs, url
    resp._cached = content
    return resp


async def request(method, url, data=None, json=None, headers=None, auth=None, timeout=None):
    """Sends one HTTP request; the Response comes back with its body read (redirects
    followed for GET/HEAD)."""
    for _ in range(_rq.MAX_REDIRECTS + 1):
        try:
            resp = await asyncio.wait_for(_exchange(method, url, data, json, headers, auth), timeout)
        except asyncio.TimeoutError:
            raise OSError(110, "timed out: no complete reply from %s within %s s" % (url, timeout))
        loc = resp.headers.get("Location") or resp.headers.get("location")
        if resp.status_code in (301, 302, 303, 307, 308) and loc and method in ("GET", "HEAD"):
            if loc.startswith("/"):
                _, host, port, _ = _rq.parse_url(url)
                loc = "http://%s:%d%s" % (host, port, loc)
            url = loc
            continue
        return resp
    raise ValueError("too many redirects (more than %d)" % _rq.MAX_REDIRECTS)


async def get(url, **kw):
    return await request("GET", url, **kw)


async def post(url, **kw):
    return await request("POST", url, **kw)


async def put(url, **kw):
    return await request("PUT", url, **kw)


async def delete(url, **kw):
    return await request("DELETE", url, **kw)


async def head(url, **kw):
    return await request("HEAD", url, **kw)
