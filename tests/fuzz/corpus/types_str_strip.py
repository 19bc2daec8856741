# types: strip, lstrip and rstrip with default whitespace and character sets
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print(repr("\t\n hi \r\n".strip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")))
print(repr("".strip()), repr("   ".strip()))
print(repr("hello".strip("")), repr("hello".strip("ho")))
print(repr("www.example.com".strip("w.com")))
print(repr("  inner  space  ".strip()))
print(repr("123abc321".strip("0123456789")))
print(repr("...text...".rstrip(".")), repr("...text...".lstrip(".")))
print(repr("  x".strip(None)))
lines = ["  a  ", "b  ", "  c"]
print([l.strip() for l in lines])
s = "\n\ncontent\n\n"
print(repr(s.strip("\n")))
print(repr("aaaa".strip("a")))
print(repr("mississippi".strip("mis")))
print(repr("xyzzy".rstrip("yz")))
