# types: dict get, setdefault, pop, popitem, update, copy, clear, fromkeys
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"))
print(d)
print(d.pop("e"), d.pop("zz", "dflt"))
try:
    d.pop("zz")
except KeyError:
    print("KeyError pop")
print(d)
d.update({"a": -1, "f": 6})
print(d)
d.update([("g", 7)])
d.update(h=8)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
print(d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError:
    print("KeyError popitem empty")
d.clear()
print(d, len(d))
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print(d.get("missing") is None)
