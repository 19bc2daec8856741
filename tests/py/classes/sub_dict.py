# subclasses of dict: __missing__, __getitem__/__setitem__ overrides, constructor
class Default(dict):
    def __missing__(self, key):
        return "missing:" + str(key)

d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, len(d))

class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
l = Lower()
l["ABC"] = 1
print(l["aBc"], l, dict(l), type(l).__name__, isinstance(l, dict))

class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1
    def most(self):
        return max(self.items(), key=lambda kv: kv[1])
c = Counter("abracadabra")
print(sorted(c.items()), c.most())
c.note = "attr"
print(c.note, c == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})

class Init(dict):
    pass
print(Init([(1, 2)]), Init(x=1), Init({"k": "v"}, z=0), Init())
print(Init.fromkeys("ab"), type(Init.fromkeys("ab")).__name__)
i = Init(a=1)
i.update(b=2)
print(sorted(i), i.copy(), type(i.copy()).__name__)
print(i | {"c": 3}, type(i | {"c": 3}).__name__)

class Repr(dict):
    def __repr__(self):
        return "Repr" + dict.__repr__(self)
print(Repr(a=1), [Repr()])
