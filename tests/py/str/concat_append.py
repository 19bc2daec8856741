# str concatenation that appends to a shared buffer: aliasing, branching, hashing, slicing, attribute names, non-ASCII, paths and formats of built strs.
import os

# Aliasing: the str a name held before s += x keeps its text.
s = ""
for i in range(300):
    s += chr(97 + i % 26)
t = s
s += "X"
print(len(t), len(s), t[-3:], s[-3:], t == s[:-1], t is not s)
print(hash(t) == hash(s[:-1]), hash(s) == hash(t + "X"))

# Two strs extended from one base: neither sees the other's tail.
u = s + "a"
v = s + "b"
w = s + "cc"
print(u[-3:], v[-3:], w[-4:], len(u), len(v), len(w), s[-2:], len(s))
print(u == v, u < v, u[:-1] == v[:-1] == s, w.endswith("Xcc"))

# Extending an older version after a newer one grew.
old = t
t2 = old + "!"
print(t2[-2:], len(t2), old[-2:], len(old))
t3 = t2 + t2
print(len(t3), t3[:3], t3[-3:], t3.count("!"))

# A str appended to itself.
z = "abc" * 30
z2 = z + z
z3 = z2 + z2
print(len(z2), len(z3), z3 == "abc" * 120)

# Search, slicing, methods and dict keys of built strs.
b = ""
for i in range(100):
    b += "word%d " % i
print(b.find("word50"), b.rfind("word9 "), b.count("word"), b[10:30], b[::-17][:20])
print(b.split()[:3], b.split()[-1], b.upper()[:12], b.strip()[-6:], b.replace("word", "w")[:20])
d = {}
k = "key" * 30
for i in range(5):
    k += str(i)
    d[k] = i
for i in range(5):
    print(d["key" * 30 + "01234"[: i + 1]], end=" ")
print(len(d))
print(sorted(d)[0][-3:], min(d, key=len)[-2:], k in d, (k + "5") in d)

# Interning and names: getattr / setattr of a built str.
class C:
    pass
o = C()
name = "attr_" * 14
name += "x"
setattr(o, name, 42)
print(getattr(o, name), getattr(o, "attr_" * 14 + "x"), hasattr(o, name + "y"))
iname = [k for k in vars(o)][0]   # the attribute name, as the instance dict keeps it
print(iname == name, len(iname), name in vars(o), type(o).__name__ + name[-3:])
name += "more"
print(getattr(o, iname), name[-5:], iname[-2:])

# Non-ASCII text.
n = "é" * 40
m = n + "ü"
m2 = m + "日本"
m3 = n + "€"
print(len(n), len(m), len(m2), len(m3), m2[-3:], m3[-2:], m[-2:], m2.encode("utf-8")[-6:])
print(m2[39:43], m2.index("日"), m2.upper()[-4:], repr(m3[-3:]), ascii(m2[-2:]))
mix = "a" * 70
mix += "ß"
mix += "b"
print(len(mix), mix[-3:], mix.isascii(), (("a" * 70) + "b").isascii())

# Very long strs, and += mixed with other operations in a loop.
big = ""
parts = []
for i in range(20000):
    big += "%x," % i
    if i % 997 == 0:
        parts.append(big)
        big = big.replace(",", ";", 1)
print(len(big), big[:20], big[-20:], len(parts), [len(p) for p in parts[:4]], parts[3][-8:])
acc = "start" * 20
for i in range(50):
    acc = acc + str(i) if i % 3 else acc[:-1] + str(i)
print(acc[-40:], len(acc))

# A built str as a path and as a format string.
path = "concat_append_tmp" + "_" * 60
path += ".txt"
with open(path, "w") as f:
    f.write(path[:10])
with open("concat_append_tmp" + "_" * 60 + ".txt") as f:
    print(f.read())
os.remove(path)
print(os.path.exists(path))
fmt = "%s-" * 25
fmt += "%d"
print(fmt % (tuple("abcdefghijklmnopqrstuvwxy") + (7,)))
fmt2 = "{}|" * 30
fmt2 += "{:>5}"
print(fmt2.format(*range(31)))
print(int("1" * 70 + "2"), float("1" * 60 + ".5") > 0, f"{'q' * 66 + 'r'}"[-3:])
try:
    open(path + "\x00x")
except ValueError as e:
    print("ValueError", e)
