# str lengths and ASCII-ness measured eight bytes at a time: text of every length around the word
# size with multi-byte characters (2, 3 and 4 bytes) at every position, built by join, slicing and +
chars = ["a", "\u00e9", "\u20ac", "\U0001f600", "\x7f", "\x80"]
bad = 0
total = 0
for n in range(0, 34):
    for k in range(n):
        for ch in chars:
            s = "".join(["x" * k, ch, "y" * (n - k - 1)])
            t = ("x" * k + ch) + "y" * (n - k - 1)
            total += len(s) + len(t) + len(s[1:]) + len(t[:-1] + "z")
            bad += s != t or len(s) != n or s[k] != ch or s.isascii() != (ord(ch) < 128)
            bad += s.upper().lower() != s.lower() or s.encode().decode() != s
print(total, bad)
mixed = "h\u00e9llo w\u00f6rld \u20ac5 \U0001f600 " * 7
print(len(mixed), mixed.isascii(), len(mixed.encode()), mixed[13:27], mixed[::-9][:8])
print(len("".join(["ab\u00e9"] * 50)), "".join(["ab\u00e9"] * 50)[97:103])
