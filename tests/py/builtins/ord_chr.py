# builtins: ord() and chr() round trips, ranges and errors
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("~"))
print(chr(97), chr(65), chr(48), repr(chr(10)), repr(chr(0)))
print(ord("\u00e9"), ord("\u20ac"), chr(233) == "\u00e9", chr(0x20ac) == "\u20ac")
print(ord(chr(0x10FFFF)) == 0x10FFFF)
print([ord(c) for c in "Hi!"], "".join([chr(c) for c in [80, 121]]))
print(all([ord(chr(i)) == i for i in range(0, 1000, 37)]))
print(chr(ord("a") + 25), chr(ord("A") + 2))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError:
        print("TypeError", repr(bad))
try:
    ord(5)
except TypeError:
    print("TypeError ord(int)")
try:
    chr(-1)
except ValueError:
    print("ValueError chr(-1)")
try:
    chr(0x110000)
except ValueError:
    print("ValueError chr too big")
try:
    chr("a")
except TypeError:
    print("TypeError chr(str)")
def caesar(s, k):
    out = ""
    for c in s:
        if "a" <= c <= "z":
            out += chr((ord(c) - 97 + k) % 26 + 97)
        else:
            out += c
    return out
print(caesar("hello, world", 3), caesar(caesar("abc xyz", 5), 21))
print(ord(b"A"[0:1].decode()), ord("z") - ord("a"))
