# str.split() over more pieces than one scan batch, strip() with short and long sets, and dict.get/set of fresh str keys.
# SPDX-License-Identifier: MIT

# split() without a separator: lines shorter and longer than a batch (64 pieces)
for n in (0, 1, 63, 64, 65, 127, 128, 129, 300, 1000):
    words = ["w%d" % i for i in range(n)]
    for gap in (" ", "  ", "\t", " \n ", "\u3000", "\x1c"):
        text = gap + gap.join(words) + gap
        r = text.split()
        print(n, repr(gap), len(r), r == words, r[:2], r[-2:])
        # maxsplit around the batch boundaries
        for m in (0, 1, 63, 64, 65, 200, n - 1, n, n + 5):
            if m < 0:
                continue
            print(" ", m, text.split(None, m)[-1:], len(text.split(maxsplit=m)))

# long words, non-ASCII words, mixed widths of the first batch and the rest
text = " ".join(["x" * 50] * 70 + ["é"] * 200 + ["ab"] * 70)
r = text.split()
print(len(r), r[69], r[70], r[269], r[270], r[-1])
text = "a " * 64 + ("long" * 40 + " ") * 100
print(len(text.split()), text.split()[64][:8], len(text.split(None, 100)))
print("   ".split(), "".split(), " a ".split(None, 0), "a b".split(None, -1))


class S(str):
    pass


print(S(" a b " * 40).split()[:3], type(S("a b").split()[0]).__name__)

# strip with 1..8 chars (packed word) and more (bit set), ASCII and not
word = ",.;!?Hello?!;.,"
for chars in ("", ",", ",.", ",.;", ",.;!", ",.;!?", ",.;!?H", ",.;!?Ho", ",.;!?Hol",
              ",.;!?Hole", "\x80", "\x7f,", "?" * 8, "?" * 9, ".,;!?" + "\x00\x01"):
    print(repr(chars), repr(word.strip(chars)), repr(word.lstrip(chars)),
          repr(word.rstrip(chars)))
print(repr("\x00a\x00".strip("\x00")), repr("\x7f\x7fa".lstrip("\x7f")))
print(repr("ab".strip("ab")), repr("aaa".strip("a")), repr("".strip("a")))
print(repr("éaé".strip("é")), repr("aéa".strip("a")), repr("a,é,a".strip("a,")))
print(repr("\xe9abc\xe9".strip("\xe9a")), repr(" x ".strip(None)), repr(S(",x,").strip(",")))
print(type(S(",x,").strip(",")).__name__, type(S("x").strip(",")).__name__)
# byte values that differ only in the high bit from the set's bytes
print(repr("\xac,\xac".strip(",")), repr(",\xac,".strip(",")))
for c in range(128):
    ch = chr(c)
    s = ch + "mid" + ch
    got = (s.strip(",.;!?"), s.strip("\t\n ,"), s.strip(",.;!?ab\x00\x7f"))
    want = tuple(s[1:-1] if ch in cs else s for cs in (",.;!?", "\t\n ,", ",.;!?ab\x00\x7f"))
    if got != want:
        print("strip mismatch", c, got, want)

# dict.get / d[k] = v with fresh str keys, colliding and not, str subclasses mixed in
d = {}
for i in range(3000):
    k = ("k%d" % (i % 700)).lower()
    d[k] = d.get(k, 0) + 1
print(len(d), d["k0"], d["k699"], d.get("k700"), d.get("k1", "x"))


class K(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("eq", str(self), str(other))
        return str(self) == str(other)


d2 = {K("a"): 1, "b": 2}
print(d2.get("a"), d2.get("b"), d2.get("c"), d2.get(K("b")))
d3 = {1: "one", "1": "str one"}
print(d3.get("1"), d3.get(1), {}.get("x"), {}.get("x", 5))

# split(sep) in batches: more pieces than a batch, maxsplit at its edges, long separators
for n in (0, 1, 63, 64, 65, 130, 1000):
    for sep in (",", "::", "ab"):
        text = sep.join("p%d" % i for i in range(n))
        r = text.split(sep)
        print(n, sep, len(r), r[:2], r[-2:], r == (["p%d" % i for i in range(n)] or [""]))
        for m in (0, 1, 63, 64, 65, 129, n):
            r = text.split(sep, m)
            print(" ", m, len(r), r[-1][:12])
print("a,,b,".split(","), ",".split(","), ",,".split(",", 1), "é,é".split(","), "x".split("xx"))
print(("," * 200).split(",")[198:], len(("," * 200).split(",", 150)))
print(S("a,b").split(","), type(S("a,b").split(",")[0]).__name__)
