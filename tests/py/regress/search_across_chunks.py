# find/rfind/index/count/in/split/replace on strs and bytes longer than the 1 MiB search window (Ctrl-C polling): matches straddling window edges are found
M = 1 << 20
for at in (M - 2, M + 8, 2 * M - 1):   # across the first edge, rfind's edge, the second edge
    for needle in ("xyz", "q"):
        s = "a" * at + needle + "b" * (2 * M + 8 - at)
        b = s.encode()
        n = needle.encode()
        print(at, needle, s.find(needle), s.rfind(needle), s.index(needle), s.count(needle),
              needle in s, len(s.split(needle)), len(s.replace(needle, "--")),
              b.find(n), b.rfind(n), b.count(n), n in b, len(b.split(n)), len(b.rsplit(n)),
              s.find(needle, at + 1), s.rfind(needle, 0, at + len(needle) - 1))
t = "ab" * (M // 2 + 4)
print(t.count("ab"), t.count("ba"), t.find("bb"), t.rfind("aba"), len(t.split("b")), len(t.rsplit("a", 5)))
# a long haystack and an almost-matching needle longer than one byte
u = "x" * (2 * M) + "xxy"
print(u.find("xxy"), u.rfind("xxy"), u.count("xy"), u.find("y" * 2))
