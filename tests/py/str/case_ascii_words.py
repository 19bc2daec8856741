# upper()/lower() of ASCII text eight bytes at a time: every length around the word size, every
# ASCII byte at every position (the letter ranges' edges: @ A Z [ ` a z {), text already in case
letters = "".join(chr(c) for c in range(128))
print(letters.upper() == "".join(chr(c - 32) if 97 <= c <= 122 else chr(c) for c in range(128)))
print(letters.lower() == "".join(chr(c + 32) if 65 <= c <= 90 else chr(c) for c in range(128)))
def ref(s, lo, d):
    return "".join(chr(ord(c) + d) if lo <= ord(c) < lo + 26 else c for c in s)


bad = 0
for n in range(0, 41):
    for k in range(n):
        for ch in "@AZ[`az{\x7f\x00":
            s = "q" * k + ch + "Q" * (n - k - 1)
            bad += s.upper() != ref(s, 97, -32)
            bad += s.lower() != ref(s, 65, 32)
print(bad, "lengths 0-40")
for s in ["", "a", "already lower case text, no capitals at all", "ALREADY UPPER 123 !?"]:
    print(repr(s.lower()), repr(s.upper()), s.lower() == s, s.upper() == s)
print("Mixed Case With Some Longer Words 0123456789 [edge]`{".upper())
print("Mixed Case With Some Longer Words 0123456789 [edge]`{".lower())
print(("xY" * 1000).upper()[:10], ("xY" * 1000).lower()[-10:], ("xY" * 1000).swapcase()[:6])
