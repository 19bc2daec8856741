# basics: string escape sequences and their lengths and code points
print("tab\there")
print("new\nline")
print("back\\slash")
print('single \' quote', "double \" quote")
print("\x41\x42\x43")
print("\101\102\103")
print(len("\x00"), ord("\x00"))
print(len("\n\t\r\\"))
print([ord(c) for c in "\a\b\f\v\r"])
print("\u0041\u00e9", len("\u00e9"), ord("\u00e9"))
print(ord("\U0001F600") == 0x1F600)
print("\\q", len("\\q"))
print(repr("a\nb\tc"))
print(repr("quote'"), repr('dq"'), repr("both'\""))
print(repr("\x01\x7f"))
print(repr("\\"))
s = "line1\
line2"
print(s)
print("""triple "quoted" string""")
print('''also 'triple' ''')
print("""multi
line""")
print(len("""a
b"""))
print("\0" == "\x00")
