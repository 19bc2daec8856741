# str equality of every length 0..40 differing at each byte (word compares), as dict keys; split() around every ASCII byte and non-ASCII spaces
base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"
bad = 0
for n in range(41):
    a = base[:n]
    b = "".join([base[:n]])   # a new, equal str
    if not (a == b and hash(a) == hash(b) and {a: 1}[b] == 1):
        bad += 1
    for i in range(n):
        c = a[:i] + ("#" if a[i] != "#" else "$") + a[i + 1:]
        d = {a: 1}
        if c == a or c in d or d.get(c) is not None or (c != a) is not True:
            bad += 1
    if n and (a[:-1] == a or a + "x" == a or a[:-1] in {a: 0}):
        bad += 1
print("eq mismatches", bad)
u = "é" * 3
print(u == "ééé", "éé" + "é" == u, "aé" == "ae", {"é☃x": 1}.get("é☃" + "x"), "a\x00b" == "a\x00c", "" == "")
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
for i in range(128):
    c = chr(i)
    s = "ab" + c + "cd" + c + c + "e"
    if s.split() != s.split(None) or (c.isspace() != (len(s.split()) > 1)):
        print("split differs at", i)
    r = s.split()
    print(i, len(r), r[0][:2], r[-1][-1:], end="; " if i % 8 != 7 else "\n")
print("a\x7fb c".split(), "x\x85y\u3000z\u2028w\xa0v".split(), "  ".split(), "".split(), " a ".split())
print("é é\té\n".split(), "aé b".split(None, 0), "a  b  c".split(None, 1), "\x1c\x1d a \x1e\x1fb".split())
