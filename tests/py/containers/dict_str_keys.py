# dict with str keys: counting with get/setitem, built keys vs literals, str subclasses and other keys with equal hashes, deletion
class S(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, o):
        print("S.__eq__")
        return str.__eq__(self, o)

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        print("H.__eq__", o)
        return o == "k"

counts = {}
for w in "the cat the dog a cat The".lower().split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
built = "".join(["c", "a", "t"])
print(counts[built], built in counts, counts.get("ca" + "t"), counts.get("cats", -1))
counts[S("cat")] = 9
print(counts, counts.get("cat"), counts.get(S("dog")))
d = {H(hash("k")): 1}
print(d.get("k"), "k" in d, d.get("zz"))
d["k"] = 2
print(len(d), list(d.values()))
mixed = {1: "one", "1": "str one", 1.0: "float", (1,): "tuple"}
print(mixed, mixed.get("1"), mixed.get(1))
e = {}
for i in range(200):
    e[str(i)] = i
for i in range(0, 200, 2):
    del e[str(i)]
print(len(e), sum(e.get(str(i), 0) for i in range(200)), e.get("199"), e.get("198"))
for i in range(0, 200, 2):
    e["%d" % i] = -i
print(len(e), e["0"], e["198"], list(e)[:3])
it_d = {"a": 1, "b": 2}
try:
    for k in it_d:
        it_d[k + k] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
