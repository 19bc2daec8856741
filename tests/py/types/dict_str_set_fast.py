# d[k] = v with str keys through the one-probe path: new keys, overwrites, deleted slots reused, growth, non-str keys of equal hash.
# SPDX-License-Identifier: MIT

d = {}
for i in range(200):
    d["k" + str(i)] = i
for i in range(0, 200, 3):
    del d["k" + str(i)]
for i in range(0, 200, 2):
    d["k" + str(i)] = -i   # some reuse deleted slots, some overwrite
print(len(d), list(d.items())[:6], list(d)[-4:], d.get("k3"), d.get("k4"), "k6" in d)
# keys built at run time, equal to interned ones
d = {"alpha": 1, "beta": 2}
d["".join(["al", "pha"])] = 10
d["gam" + "ma"] = 3
print(d, len(d))


class H(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, o):
        print("eq called")
        return str(self) == str(o)


d = {H("x"): 1}
d["x"] = 2   # equal hash, a subclass key: __eq__ runs, the entry is overwritten
print(len(d), list(d.values()), type(list(d)[0]).__name__)
d = {}
d[1] = "int"
d["1"] = "str"
d[1.0] = "float"
print(d)
d = dict.fromkeys("abcdefgh", 0)
for w in "the quick brown fox jumps over the lazy dog the end".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
