# requests (and urequests) against the test's HTTP server (run_net.py): get, post
# with data and json, headers both ways, status_code/reason, text, content, json(),
# redirects, chunked and close-delimited bodies, head/put/patch/delete, basic auth,
# stream=True.
import os
import requests
import urequests

BASE = "http://127.0.0.1:%s" % os.getenv("HTTP_PORT")

r = requests.get(BASE + "/text")
print(r, r.status_code, r.reason, r.headers["Content-Type"], r.headers["Content-Length"])
print(repr(r.text), r.content[:6])

r = requests.get(BASE + "/echo?x=1", headers={"X-Token": "abc", "User-Agent": "node/1"})
e = r.json()
print(e["method"], e["path"], e["headers"]["x-token"], e["headers"]["user-agent"],
      e["headers"]["host"] == "127.0.0.1:" + os.getenv("HTTP_PORT"))

r = requests.post(BASE + "/echo", data="plain body")
e = r.json()
print(e["method"], repr(e["body"]), e["headers"]["content-length"], e["headers"].get("content-type"))

r = urequests.post(BASE + "/echo", json={"temp": 21.5, "ok": True, "tags": ["a", "b"]})
e = r.json()
print(e["headers"]["content-type"], sorted(eval(e["body"].replace("true", "True")).items()))
r.close()

r = requests.post(BASE + "/echo", data=b"\x00\x01raw", headers={"Content-Type": "application/octet-stream"})
print(r.json()["headers"]["content-type"], r.json()["headers"]["content-length"])

for code in (201, 204, 404, 500):
    r = requests.get(BASE + "/status/%d" % code)
    print(code, r.status_code, r.reason, repr(r.text), r.headers.get("X-Test"))

r = requests.get(BASE + "/bytes")
print(len(r.content), r.content == bytes(range(256)))

r = requests.get(BASE + "/redirect")
print("redirect:", r.status_code, r.url.endswith("/text"), repr(r.text))

r = requests.get(BASE + "/chunked")
print("chunked:", repr(r.text))
r = requests.get(BASE + "/noheaders-close")
print("until close:", repr(r.text))

r = requests.head(BASE + "/text")
print("head:", r.status_code, r.content, r.headers["Content-Length"])
for f in (requests.put, requests.patch, requests.delete):
    r = f(BASE + "/echo", data="x")
    print(r.json()["method"], end=" ")
print()

r = requests.get(BASE + "/echo", auth=("user", "pass"))
print("auth:", r.json()["headers"]["authorization"])

r = requests.get(BASE + "/text", stream=True)
print("stream:", r.raw.read(3), r.content)

r = requests.get("http://localhost:%s/text" % os.getenv("HTTP_PORT"), timeout=5)
print("by name:", r.status_code)
