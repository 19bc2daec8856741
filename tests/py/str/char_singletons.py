# one-character strs (s[i], chr, iteration, slices) are shared ASCII singletons; s[::-1] over ASCII, non-ASCII, empty, subclasses
import gc
allc = "".join(chr(i) for i in range(128))
print(all(allc[i] is chr(i) for i in range(128)), all(allc[i] == chr(i) for i in range(128)))
print([ord(c) for c in allc] == list(range(128)), allc[97:99] * 2, allc[97] is (allc[97:98] * 3)[2])
print(allc[0] == "\x00", len(allc[0]), allc[127] == "\x7f", repr(allc[0]), repr(allc[127]))
gc.collect()
print(all(allc[i] is chr(i) for i in range(128)), allc[98] is chr(98), allc[98:99] == "b")
u = "é☃a\U0001f600"
print([u[i] for i in range(4)], u[0] == "é", u[3] == "\U0001f600", len(u[1]), u[-2] == "a")
print(["".join([c]) for c in "hé"], [c for c in "aéb"], "b" in "aéb")


class S(str):
    pass


t = S("hello")
print(t[1], type(t[1]).__name__, t[::-1], type(t[::-1]).__name__, t[-1] == "o", t[0] is chr(104))
for s in ("", "a", "ab", "abc", "hello world" * 7, u, "aé", allc, S("xyz"), "a\x00b"):
    r = s[::-1]
    print(repr(r), len(r), r[::-1] == s, type(r).__name__, s[::-2] == r[::2], s[-2::-1] == r[1:])
print("abcdef"[4:0:-1], "abcdef"[10::-1], "abcdef"[:2:-1], "abcdef"[-100::-1] == "", "ab"[::-1] * 2)
