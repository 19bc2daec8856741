# match: string and bytes literal patterns (escapes, concatenation, unicode, str vs bytes)
def s(x):
    match x:
        case "":
            return "empty str"
        case "hello":
            return "greeting"
        case "tab\there":
            return "escaped tab"
        case "con" "cat":
            return "concatenated"
        case 'single' | "double":
            return "quoted"
        case """triple""":
            return "triple"
        case r"raw\n":
            return "raw"
        case "caf\u00e9":
            return "unicode"
        case "\N{GREEK SMALL LETTER ALPHA}":
            return "alpha"
        case b"":
            return "empty bytes"
        case b"hello":
            return "bytes greeting"
        case b"\x00\xff":
            return "binary bytes"
        case _:
            return "nothing"

for v in ["", "hello", "tab\there", "concat", "single", "double", "triple",
          "raw\\n", "raw\n", "café", "α", b"", b"hello", b"\x00\xff",
          "Hello", "hello ", "hel", b"Hello", "x"]:
    print(repr(v), s(v))

# str never equals bytes
print(s(b"concat"), s("b''"))

# a str subclass compares equal through str.__eq__
class MyStr(str):
    pass
print(s(MyStr("hello")), s(MyStr("concat")))

# a subject whose __eq__ says yes to everything matches the first literal
class Yes:
    def __eq__(self, other):
        print("eq with", repr(other))
        return True
print(s(Yes()))
