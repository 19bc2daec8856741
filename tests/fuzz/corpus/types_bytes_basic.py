# types: bytes literals, indexing, slicing, iteration, concat and encode/decode
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b), bytes([65, 66, 67]), bytes(3), bytes())
print(b + b" world", b * 2, b"l" in b, 104 in b, b"xyz" in b)
print(b == b"hello", b != b"hellO", b < b"help", b"" < b"a")
print(b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"), b.upper())
print(b.split(b"l"), b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(b.startswith(b"he"), b.endswith(b"lo"), b" x ".strip())
print(b.decode(), "abc".encode(), "caf\u00e9".encode(), b"caf\xc3\xa9".decode() == "caf\u00e9")
print(repr(b"\x00\x7f\x80\xff\n\t'"), repr(b'"'))
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
try:
    b + "s"
except TypeError:
    print("TypeError bytes + str")
print(type(b[0]).__name__, type(b[0:1]).__name__)
total = 0
for byte in b"\x01\x02\x03":
    total += byte
print(total)
print(bytes(range(65, 70)), bytes("hi", "utf-8"))
print(hex(b"\xff"[0]), b"abc"[2:10], b"AB".lower())
