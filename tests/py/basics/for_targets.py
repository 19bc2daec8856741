# basics: for loops over different iterables and with various target forms
for c in "abc":
    print(c)
for k in {"x": 1, "y": 2}:
    print(k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for t in (10, 20):
    print(t)
lst = [0, 0, 0]
for i in range(3):
    lst[i] = i * i
print(lst)
class O:
    pass
o = O()
for o.attr in [1, 2]:
    pass
print(o.attr)
d = {}
for d["k"] in "pq":
    pass
print(d)
for x in [[1, 2], [3, 4]]:
    x.append(0)
    print(x)
i = 99
for i in range(0):
    pass
print(i)
for i in range(3):
    pass
print(i)
total = 0
for n in range(1, 101):
    total += n
print(total)
for a, b, c in ["abc", "def"]:
    print(c, b, a)
