# strbuild: building strings by +=, join, formatting, slicing, replace and split.
# SPDX-License-Identifier: MIT
# The cost of new string objects: concatenation, f-strings, %-format, str methods.

import sys

DEFAULT = 80000
TINY = 100


def build_concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 80 == 79:
            s += "\n"
    return s


def build_join(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}:{i * 7 % 13:x}")
    return ",".join(parts)


def build_format(n):
    out = []
    for i in range(n // 4):
        out.append("%s=%d (%.2f) [%5s]" % ("key" + str(i % 17), i, i / 7.0, "ab"[i % 2] * (i % 4)))
        out.append("{0}-{1!r}-{2:>6}".format(i, "v" + str(i % 5), i % 1000))
    return "|".join(out)


def transform(s):
    # A pass of string methods over the built text.
    t = s.replace("abc", "ABC").upper().lower()
    pieces = t.split(",")
    rev = [p[::-1] for p in pieces if p]
    t = "".join(rev)
    return t.count("0") + t.find("zzz") + len(t.strip())


def checksum(s):
    h = 0
    for i in range(0, len(s), 13):
        h = (h * 131 + ord(s[i])) % 1000000007
    return h


def one_round(n):
    a = build_concat(n)
    b = build_join(n)
    c = build_format(n)
    t = 0
    for _ in range(3):
        t += transform(b) + transform(a) + transform(c)
    return n, len(a), len(b), len(c), checksum(a), checksum(b), checksum(c), t


def main(n):
    # The same work in rounds, each one's strings dropped before the next;
    # once only at the tiny size, which tests run under GC stress.
    for _ in range(4 if n > TINY else 1):
        result = one_round(n)
    print(*result)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
