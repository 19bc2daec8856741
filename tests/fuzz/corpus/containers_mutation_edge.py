# containers: dicts and sets whose __eq__ clears them during a lookup, self-referencing slice assignment, order after many deletes, equal keys across int/float/bool
def t(label, f):
    try:
        r = f()
        print(label, len(r) if hasattr(r, '__len__') else r)
    except Exception as e:
        print(label, type(e).__name__, e)
a = [1, 2, 3]
a[1:1] = a; print(a)
a = [1, 2, 3]; a += a; print(a)
a = [1, 2, 3]; a[::2] = a[:2]; print(a)
d = {}
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        d.clear()
        return False
d[K(1)] = 1
d[K(2)] = 2
print(len(d))
s = set()
class K2:
    def __hash__(self): return 1
    def __eq__(self, o):
        s.clear(); return False
s.add(K2()); s.add(K2()); print(len(s))
# dict with many deletes and inserts keeps order
d = {}
for i in range(1000): d[i] = i
for i in range(0, 1000, 3): del d[i]
for i in range(5): d[-i] = i
print(len(d), list(d)[:5], list(d)[-5:])
# keys that compare equal across types
d = {1: 'a'}; d[1.0] = 'b'; d[True] = 'c'; print(d)
s = {1}; s.add(1.0); print(s)
print({0: 1}.get(-0.0), {0.0: 1}.get(False))
print(hash(1) == hash(1.0) == hash(True), hash(-1) == hash(-1.0), hash(2**61) == hash(2.0**61))
