# count/find/index/split/replace/in with a one-character needle: short texts, windows, non-ASCII neighbours, texts past 1 MiB
t = "00012:a,00013:b,,0,x0"
for c in ("0", ",", ":", "x", "z", "\x00"):
    print(repr(c), t.count(c), t.find(c), t.rfind(c), c in t, t.split(c), t.replace(c, "<>"), t.count(c, 3, -2))
u = "é0é00☃0"
print(u.count("0"), u.find("0"), u.split("0"), u.count("0", 2), u.count("0", -3, -1), "".count("0"), "".find("a"))
print(u.index("0"), u.rindex("0"), "a\x00b".count("\x00"), "a\x00b".split("\x00"), "aaaa".count("a", 1, 3))
big = "x" * ((1 << 20) + 3) + "y" + "x" * 10 + "yy"
print(big.count("y"), big.find("y"), big.count("x"), len(big.split("y")), big.index("y", (1 << 20) + 5), "y" in big)
big2 = "ab" * (1 << 19) + "c"
print(big2.count("c"), big2.find("c"), big2.count("a"), big2.count("b", 1 << 20), big2.find("c", 5, 10))
