# subclasses of set and frozenset
class Tags(set):
    def __init__(self, items=()):
        super().__init__(x.lower() for x in items)
    def add(self, x):
        super().add(x.lower())

t = Tags(["A", "b"])
t.add("C")
print(sorted(t), type(t).__name__, isinstance(t, set), len(t), "a" in t)
print(sorted(t | {"z"}), type(t | {"z"}).__name__)
t.label = "x"
print(t.label)

class Frozen(frozenset):
    def __new__(cls, items, tag=None):
        self = super().__new__(cls, items)
        self.tag = tag
        return self
f = Frozen([1, 2, 2], tag="t")
print(sorted(f), f.tag, hash(f) == hash(frozenset([1, 2])), f == {1, 2}, type(f).__name__)
print({f: 1}[frozenset({1, 2})])

class S(set):
    pass
print(sorted(S("abc")), S() == set(), bool(S()), S({1}) <= {1, 2})
print(sorted(S([3, 1]).union([2])), type(S([1]).copy()).__name__)
