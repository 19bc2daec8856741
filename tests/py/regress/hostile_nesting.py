# Self-referential and 100000-deep containers: comparing, repr and str give [...] or RecursionError, never a crash, and the interpreter stays usable (fuzzing battery).
a = []
a.append(a)
try:
    print(a == a)
except RecursionError as e:
    print("RecursionError", e)
b = []
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError")
print(repr(a))
d = {}
d[1] = d
print(d)
t = [1]
t.append((t,))
print(t)
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError:
    print("repr RecursionError")
try:
    x == x
    print("eq ok")
except RecursionError:
    print("eq RecursionError")
y = []
for i in range(100000):
    y = [y]
try:
    print(x == y)
except RecursionError:
    print("eq2 RecursionError")
try:
    hash((x,))
except TypeError as e:
    print("TypeError", e)
z = ()
for i in range(100000):
    z = (z,)
try:
    str(z)
except RecursionError:
    print("str RecursionError")
dd = {}
for i in range(100000):
    dd = {1: dd}
try:
    repr(dd)
except RecursionError:
    print("dict repr RecursionError")
s = set()
print(len(str(x)) if False else "done")
del x, y, z, dd
print("usable", sum(range(10)))
