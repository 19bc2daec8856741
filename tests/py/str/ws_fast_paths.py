# str split()/strip()/lower()/upper() fast paths: ASCII and Unicode whitespace, empty strs, maxsplit, chars sets, results unchanged
cases = ["", " ", "a", " a b  c ", "\t\na\x1cb\x1fc\x0b\x0c\r", "a\u3000b\x85c\xa0d", "é è  ü",
         "  x  ", "a,b", "\u2028z\u2029", "x" * 70 + " " + "y" * 3, " \x00 a\x00b ", "!?a.b,;"]
for s in cases:
    print(repr(s.split()), len(s.split()))
    for m in (-1, 0, 1, 2, 5):
        print(m, repr(s.split(None, m)), repr(s.split(maxsplit=m)), repr(s.rsplit(None, m)))
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' a')),
          repr(s.strip('é ')), repr(s.strip(',.;!?')), repr(s.strip('')), repr(s.strip(None)))
    print(repr(s.lower()), repr(s.upper()), s.lower() == s, s.upper() == s)

# Control characters other than whitespace are kept; \x1c-\x1f split as CPython does.
print("a\x01b\x7fc d".split(), "a\x1db".split(), "\x1e".strip() == "")
# Results are strs of the right kind and content, subclasses or not.
class S(str):
    pass
for v in (S("abc"), S("ABC"), S(" ab "), S("a b")):
    for r in (v.lower(), v.upper(), v.strip(), *v.split()):
        print(type(r).__name__, repr(r))
# lower() of text that needs no change is equal, hashes equal and works as a dict key.
w = "plain"
d = {w.lower(): 1, "MiXeD".lower(): 2}
print(d, d["plain"], d.get("mixed"), hash(w.lower()) == hash(w))
# Long words and many pieces.
text = " ".join("w%d" % i for i in range(3000))
parts = text.split()
print(len(parts), parts[0], parts[-1], text.split(None, 2999)[-1], len(text.split(None, 10)))
# Errors are unchanged.
for f in (lambda: "a".strip(1), lambda: "a".split(None, "x"), lambda: "a".lower(1)):
    try:
        f()
    except TypeError as e:
        print("TypeError")
