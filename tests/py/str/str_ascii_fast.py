# str methods' ASCII paths against mixed text: upper/lower/casefold, split on every ASCII whitespace, strip with chars, slices
texts = ["", "a", "Z", "Hello, World! 123 [x_y] @`{", "ÀbC déF", "abc\x00DEF", "MiXeD" * 40]
for t in texts:
    print(repr(t.upper()), repr(t.lower()), repr(t.casefold()), repr(t.swapcase()), repr(t.title()),
          repr(t.capitalize()))
    print(len(t.lower()), t.lower() == t.upper().lower())
ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
s = ws + "one" + ws + "two\x85three four\u3000five" + ws
print(s.split(), s.split(None, 2), s.rsplit(None, 1), "a\x1fb".split(), "".split())
print(repr("xx..hello..yy".strip(".xy")), repr("\x00ab\x00".strip("\x00")), repr("éaé".strip("é")),
      repr("aéa".strip("a")), repr("abc".strip("")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
t = "The quick brown fox"
print([t[i:j] for i in range(0, 19, 5) for j in range(i, 20, 6)], [len(t[i:]) for i in range(5)])
print(repr("ab"[1:]), "ab"[1:] == "b", "hello world"[3:8].upper())
print({w: len(w) for w in "x y zz y x".split()})
a, u = "abcdefghij", "aé☃cdéfgh"
for s in (a, u):
    print(s[0], s[-1], s[3], s[-10] if len(s) >= 10 else s[-9], s[True], s[::-1], s[::3], s[-2::-2], s[8:1:-3], s[1:7:2])
    for k in (10, -11, 1 << 65):
        try:
            print(s[k])
        except IndexError as e:
            print("IndexError", e)
