# %d/%x/%o of small and big ints with precision, width and flags (digits written without a str), and format specs with non-ASCII fill or type.
# SPDX-License-Identifier: MIT

vals = [0, 1, -1, 7, -255, 4095, 2**62, -(2**62), 2**63 - 1, -(2**63), 2**64 + 3, -(2**80),
        True, False, 3.99, -2.5]
for v in vals:
    for f in ("%d", "%5d", "%-6d|", "%05d", "%+d", "% d", "%.3d", "%.70d", "%8.3d", "%x", "%#x",
              "%X", "%#X", "%#o", "%o", "%-#10x|", "%+#07x", "%i", "%u", "%.0d", "%090d"):
        try:
            r = f % v
        except TypeError as e:
            r = "TypeError: %s" % e
        print(repr(v), f, repr(r))
print("%s=%d (%.2f) [%5s]" % ("key3", 42, 6.0, "ab"), "%d%%" % 50, "%(a)d|%(b)x" % {"a": 1, "b": 255})


class N:
    def __index__(self):
        return -42

    def __int__(self):
        return 17


print("%d %x %o" % (N(), N(), N()))
for spec in ("é>5", "é<5", "\u20ac^7", ">5é", "5é", "é", "d", "0", "00", "010", "=", "<<5", "é=6",
             ",", "_x", ",d", ",s", "_b"):
    for v in (42, -3.5, "ab"):
        try:
            r = format(v, spec)
        except ValueError as e:
            r = "ValueError: %s" % e
        print(repr(spec), repr(v), repr(r))
