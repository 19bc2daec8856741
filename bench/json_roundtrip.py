# json_roundtrip: json.dumps and json.loads of nested records, checking the round trip.
# SPDX-License-Identifier: MIT
# Dict and list building, string escapes, number formatting and parsing in the json module.

import sys
import json

DEFAULT = 600
TINY = 2

NAMES = ["alpha", "beta", "gamma", "delta", "épsilon", "zeta\"q", "eta\\b", "theta\n"]


def make_doc(n, seed):
    records = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        records.append({
            "id": i,
            "name": NAMES[seed % len(NAMES)] + str(i),
            "score": (seed % 10000) / 64.0,
            "active": seed % 3 == 0,
            "tags": [NAMES[(seed >> k) % len(NAMES)] for k in range(0, 12, 3)],
            "nested": {"depth": i % 5, "values": list(range(i % 7)), "none": None},
        })
    return {"version": 3, "records": records, "title": "bench ☃ data"}


def text_hash(s):
    h = 0
    for ch in s[::7]:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


def main(n):
    doc = make_doc(n, 99)
    total_len = 0
    h = 0
    for _ in range(75 if n > TINY else 30):
        text = json.dumps(doc)
        back = json.loads(text)
        if back != doc:
            raise RuntimeError("round trip changed the document")
        total_len += len(text)
        h = (h + text_hash(text)) % 1000000007
        doc = back
    compact = json.dumps(doc, separators=(",", ":"))
    print(n, total_len, h, len(compact), compact[:60])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
