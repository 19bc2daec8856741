# requests in bad conditions (servers from run_net.py): refused, a server that is
# too slow for the timeout, one that never answers, replies that are not HTTP,
# broken headers, a body cut short, a body that is not JSON, URLs it cannot use.
# Each is a clear OSError or ValueError, and nothing hangs.
import os
import requests

BASE = "http://127.0.0.1:%s" % os.getenv("HTTP_PORT")


def attempt(what, f):
    try:
        r = f()
        print(what, "-> no error", r)
    except (OSError, ValueError, TypeError) as e:
        print(what, "->", type(e).__name__, e)


attempt("refused", lambda: requests.get("http://127.0.0.1:%s/" % os.getenv("REFUSED_PORT")))
attempt("slow server", lambda: requests.get(BASE + "/slow", timeout=0.5))
attempt("silent server", lambda: requests.get("http://127.0.0.1:%s/" % os.getenv("BAD_SILENT_PORT"), timeout=0.5))
attempt("garbage server", lambda: requests.get("http://127.0.0.1:%s/" % os.getenv("BAD_GARBAGE_PORT"), timeout=2))
attempt("bad status line", lambda: requests.get(BASE + "/malformed"))
attempt("bad header line", lambda: requests.get(BASE + "/badheader"))
attempt("body cut short", lambda: requests.get(BASE + "/truncated"))
attempt("not json", lambda: requests.get(BASE + "/notjson").json())
attempt("https", lambda: requests.get("https://127.0.0.1/"))
attempt("ftp", lambda: requests.get("ftp://127.0.0.1/"))
attempt("no scheme", lambda: requests.get("127.0.0.1/x"))
attempt("bad port", lambda: requests.get("http://127.0.0.1:99999/"))
attempt("no host", lambda: requests.get("http:///x"))
attempt("data and json", lambda: requests.post(BASE + "/echo", data="a", json=1))
attempt("header injection", lambda: requests.get(BASE + "/echo", headers={"X": "a\r\nY: b"}))
try:
    requests.get("http://no-such-host.invalid/")
except OSError as e:
    print("unknown host ->", type(e).__name__)
# the server still works after all that
print(requests.get(BASE + "/text").status_code)
