# types: dict creation, lookup, assignment, membership, len and key types
d = {"a": 1, "b": 2}
print(d, d["a"], len(d))
d["c"] = 3
d["a"] = 10
print(d)
print("a" in d, "z" in d, "z" not in d, 1 in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict({"q": 0}))
print(dict([("a", 1)], b=2))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool"}
print(mixed)
print(mixed[1], mixed[(1, 2)], mixed[None])
try:
    {[1]: 2}
except TypeError:
    print("TypeError unhashable")
print({1: "a", 1.0: "b"})
print({} == {}, {"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print({"a": 1} != {"a": 2})
print(bool({}), bool({0: 0}))
nested = {"outer": {"inner": [1, 2]}}
print(nested["outer"]["inner"][1])
counts = {}
for ch in "abracadabra":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
print(repr({"q": "'"}), str({1: [2]}))
