# An __eq__ that clears or refills the dict, set or list being searched: no hang, no crash, CPython's results
class K:
    def __init__(self, h, action=None):
        self.h = h
        self.action = action
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.action:
            act, self.action = self.action, None
            act()
        return isinstance(other, K) and self.h == other.h
    def __repr__(self):
        return "K(%d)" % self.h

def try_op(name, f):
    try:
        r = f()
        print(name, "->", r)
    except (KeyError, ValueError, RuntimeError) as e:
        print(name, "raised", type(e).__name__)

def fresh_dict():
    return {K(1): "a", K(9): "b", 3: "c"}

for what in ("clear", "refill"):
    d = fresh_dict()
    def act(d=d):
        if what == "clear":
            d.clear()
        else:
            d.clear()
            d.update({K(1): "x", K(5): "y"})
    ops = [
        ("d[k]", lambda k: d[k]),
        ("k in d", lambda k: k in d),
        ("d.get", lambda k: d.get(k, "dflt")),
        ("d.pop", lambda k: d.pop(k, "dflt")),
        ("d.setdefault", lambda k: d.setdefault(k, "new")),
        ("d[k] = v", lambda k: d.__setitem__(k, "v")),
        ("del d[k]", lambda k: d.__delitem__(k)),
    ]
    for name, op in ops:
        d.clear()
        d.update(fresh_dict())
        k = K(1, act)
        try_op(what + " " + name, lambda: op(k))
        print("  after:", sorted((x.h if isinstance(x, K) else x, v) for x, v in d.items()))

for what in ("clear", "refill"):
    s = set()
    def sact(s=s):
        s.clear()
        if what == "refill":
            s.update({K(1), K(5), 7})
    ops = [
        ("k in s", lambda k: k in s),
        ("s.add", lambda k: s.add(k)),
        ("s.discard", lambda k: s.discard(k)),
        ("s.remove", lambda k: s.remove(k)),
    ]
    for name, op in ops:
        s.clear()
        s.update({K(1), K(9), 3})
        k = K(1, sact)
        try_op(what + " " + name, lambda: op(k))
        print("  after:", sorted(x.h if isinstance(x, K) else x for x in s))

for what in ("clear", "refill", "shrink"):
    L = []
    def lact(L=L):
        if what == "clear":
            L.clear()
        elif what == "refill":
            L[:] = [K(7), K(1), K(1)]
        else:
            del L[1:]
    ops = [
        ("k in L", lambda k: k in L),
        ("L.index", lambda k: L.index(k)),
        ("L.count", lambda k: L.count(k)),
        ("L.remove", lambda k: L.remove(k)),
    ]
    for name, op in ops:
        L[:] = [K(3), K(4), K(1), K(2)]
        k = K(1, lact)
        try_op(what + " " + name, lambda: op(k))
        print("  after:", [x.h for x in L])

# Each comparison mutates again: the lookup must still end.
class Evil:
    def __init__(self, d):
        self.d = d
        self.n = 0
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.n += 1
        if self.n < 50:
            self.d[K(1)] = self.n
        return False
d = {K(1): 0}
e = Evil(d)
print("evil in d:", e in d, len(d) >= 1)

# Set operations whose comparisons clear the set being read.
for name, op in (("&", lambda a, b: a & b), ("-", lambda a, b: a - b), ("^", lambda a, b: a ^ b),
                 ("|", lambda a, b: a | b), ("<=", lambda a, b: a <= b), ("isdisjoint", lambda a, b: a.isdisjoint(b))):
    a = {K(1), K(2), K(3)}
    b = {K(1, a.clear), K(2, a.clear), K(3, a.clear)}
    try_op("set " + name, lambda: sorted(x.h for x in op(a, b)) if name not in ("<=", "isdisjoint") else op(a, b))
    a = {K(1), K(2), K(3)}
    L = [K(1, a.clear), K(2), K(3)]
    try_op("set.difference_update from list " + name, lambda: (a.difference_update(L), len(a))[1])
