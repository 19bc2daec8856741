# aiorequests, requests for asyncio (the test's HTTP server, run_net.py): requests
# running concurrently in one loop, json, headers, status, chunked, redirects, and bad
# conditions bounded by the timeout.
import asyncio
import os


def ports(text):
    # The servers' ports change from run to run: named in the output instead.
    for var in ("REFUSED_PORT", "BAD_SILENT_PORT", "HTTP_PORT"):
        text = text.replace(os.getenv(var), var)
    return text

import aiorequests

BASE = "http://127.0.0.1:%s" % os.getenv("HTTP_PORT")


async def attempt(what, coro):
    try:
        r = await coro
        print(what, "-> no error", r)
    except (OSError, ValueError) as e:
        print(what, "->", type(e).__name__, ports(str(e)))


async def main():
    rs = await asyncio.gather(aiorequests.get(BASE + "/text"),
                              aiorequests.post(BASE + "/echo", json={"n": 1}, headers={"X-A": "b"}),
                              aiorequests.get(BASE + "/status/404"),
                              aiorequests.get(BASE + "/chunked"),
                              aiorequests.get(BASE + "/redirect"),
                              aiorequests.get(BASE + "/noheaders-close"),
                              aiorequests.head(BASE + "/text"))
    r = rs[0]
    print(r, r.status_code, r.reason, repr(r.text), r.headers["Content-Type"])
    e = rs[1].json()
    print(e["method"], e["body"], e["headers"]["x-a"], e["headers"]["content-type"])
    print(rs[2].status_code, rs[2].reason, repr(rs[2].text))
    print(repr(rs[3].text), repr(rs[4].text), repr(rs[5].text), rs[6].content)
    big = await aiorequests.get(BASE + "/bytes")
    print(len(big.content), big.content == bytes(range(256)))
    # a slow request does not hold up the others
    slow = asyncio.create_task(attempt("slow", aiorequests.get(BASE + "/slow", timeout=1)))
    print("meanwhile:", (await aiorequests.get(BASE + "/text")).status_code)
    await slow
    await attempt("refused", aiorequests.get("http://127.0.0.1:%s/" % os.getenv("REFUSED_PORT")))
    await attempt("silent", aiorequests.get("http://127.0.0.1:%s/" % os.getenv("BAD_SILENT_PORT"), timeout=0.5))
    await attempt("malformed", aiorequests.get(BASE + "/malformed"))
    await attempt("cut short", aiorequests.get(BASE + "/truncated"))
    await attempt("https", aiorequests.get("https://127.0.0.1/"))

asyncio.run(main())
