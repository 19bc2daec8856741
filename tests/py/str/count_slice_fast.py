# str.count of one byte eight bytes at a time, and slice bounds of steps 1 and -1 (no division) against the general ones.
# SPDX-License-Identifier: MIT

base = "0a00b\x80\x00\x7f\xff0" * 3 + "é0€0"
for n in range(0, len(base) + 1):
    s = base[:n]
    print(n, [s.count(c) for c in ("0", "a", "\x00", "\x7f", "\x80", "\xff", "é", "€", "\x01")])
print(("0" * 1000).count("0"), ("01" * 999).count("1"), ("\x80" * 17).count("\x80"))
print("aaaa".count("a", 1), "aaaa".count("a", 1, 3), "aaaa".count("a", -2), "".count("a"))
for c in range(256):
    ch = chr(c)
    s = (ch + "x") * 9 + ch
    if s.count(ch) != 10 and ch != "x":
        print("bad", c, s.count(ch))

s = "abcdefghij"
for a in (None, -12, -10, -3, 0, 2, 9, 10, 12):
    for b in (None, -12, -10, -3, 0, 2, 9, 10, 12):
        for st in (None, 1, -1, 2, -2, 3, -3):
            print(a, b, st, s[a:b:st], len(range(10)[a:b:st]), [1, 2, 3, 4, 5][a:b:st],
                  slice(a, b, st).indices(10))
print(s[::-1], "é€x"[::-1], s[2**70:], s[:-2**70], s[::2**70], s[::-2**70], s[2**70::-1])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError", e)


class I:
    def __index__(self):
        return 3


print(s[I():], s[:I()], s[::I()], s[I()::-1])
