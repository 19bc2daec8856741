# builtins: open() read sizes, binary mode, print(file=) and try/finally close (imports os to clean up)
import os
NAME = "_tmp_open_modes.txt"
f = open(NAME, "w")
try:
    print("via print", 1, 2, file=f)
    print("second", end="!\n", file=f)
    f.write("abc" * 3)
finally:
    f.close()
f = open(NAME)
try:
    print(repr(f.read(4)))
    print(repr(f.read(5)))
    print(repr(f.read()))
finally:
    f.close()
f = open(NAME, "rb")
raw = f.read()
f.close()
print(type(raw).__name__, raw)
f = open(NAME, "wb")
f.write(b"\x00\x01binary\xff")
f.close()
f = open(NAME, "rb")
b = f.read()
f.close()
print(b, len(b), list(b[:2]))
f = open(NAME, "w")
f.write("caf\u00e9\n")
f.close()
f = open(NAME, "rb")
print(f.read())
f.close()
f = open(NAME)
print(repr(f.read()))
f.close()
os.remove(NAME)
try:
    open("_tmp_does_not_exist.txt")
except OSError as e:
    print("OSError", isinstance(e, OSError))
