# types: dict keys/values/items views and iteration in insertion order
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
d["alpha"] = 99
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
print(len(d.keys()), "mid" in d.keys(), 4 in d.values(), ("mid", 3) in d.items())
keys = d.keys()
d["new"] = 1
print(list(keys))
print(sorted(d), sorted(d.values()))
print(list(reversed(list(d))))
x = {i: i * i for i in range(10, 0, -1)}
print(list(x))
print(list(x.values())[:3])
try:
    for k in d:
        d["another" + k] = 1
except RuntimeError:
    print("RuntimeError changed size during iteration")
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(list({1: 1, "1": 2, 1.5: 3}.keys()))
e = dict(d)
print(list(e) == list(d))
