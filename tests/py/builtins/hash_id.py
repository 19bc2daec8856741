# builtins: hash() equalities that must hold and id() identity relations
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(True) == hash(1))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
print(hash(2 ** 100) == hash(2 ** 100), hash(-1) == hash(-1.0))
print(type(hash("x")).__name__, type(hash(12.5)).__name__)
for bad in [[1], {}, set()]:
    try:
        hash(bad)
    except TypeError:
        print("TypeError unhashable", type(bad).__name__)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return self.v == other.v
print(hash(H(5)) == 5, hash(H(5)) == hash(H(5)), len({H(1), H(1), H(2)}))
a = [1]
b = a
c = [1]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c))
print(type(id(a)).__name__)
o = object()
print(id(o) == id(o), o is o)
def f():
    pass
g = f
print(id(f) == id(g))
x = None
print(id(x) == id(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(()) == hash(()), hash("") == hash(""))
