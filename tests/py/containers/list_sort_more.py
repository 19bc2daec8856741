# containers: list.sort and sorted: stability, key/reverse, errors, modification during sort
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

import sys
# stability with many equal keys, reverse keeps stability
data = [(i % 7, i) for i in range(200)]
s = sorted(data, key=lambda p: p[0]); print(s[:10], s[-5:])
s = sorted(data, key=lambda p: p[0], reverse=True); print(s[:10], s[-5:])
# pseudo-random data of several shapes, checked against a simple sort
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
for n in [0, 1, 2, 3, 31, 32, 33, 64, 65, 100, 1000, 5000]:
    r = [rnd() % 100 for _ in range(n)]
    asc = sorted(r)
    ok = all(asc[i] <= asc[i + 1] for i in range(len(asc) - 1))
    desc = sorted(r, reverse=True)
    print(n, ok, desc == asc[::-1], sorted(asc) == asc, sorted(desc) == asc, sum(asc) == sum(r))
# presorted, reversed, sawtooth and organ-pipe inputs
for d in [list(range(500)), list(range(500, 0, -1)), [i % 50 for i in range(500)],
          list(range(250)) + list(range(250, 0, -1)), [5] * 300]:
    print(sorted(d) == sorted(d, key=lambda x: x), sorted(d)[:5], sorted(d, reverse=True)[:5])
# stability under reverse for equal keys
words = ["bb", "a", "cc", "d", "ee", "f"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
# key called once per item, in order
calls = []
def k(x):
    calls.append(x); return -x
print(sorted([3, 1, 2], key=k), calls)
# errors
t("sort pos", lambda: [1].sort(None))
t("sort badkw", lambda: [1].sort(k=1))
t("sorted noargs", lambda: sorted())
t("sorted 2", lambda: sorted([1], [2]))
t("sorted badkw", lambda: sorted([1], cmp=1))
t("sorted int", lambda: sorted(5))
t("key not callable", lambda: sorted([1, 2], key=5))
t("mixed", lambda: sorted([1, 'a', 2]))
t("mixed key", lambda: sorted([1, 2], key=lambda x: 'a' if x == 1 else 1))
t("none key", lambda: sorted([2, 1], key=None))
t("reverse int", lambda: sorted([2, 1], reverse=5))
t("reverse str", lambda: sorted([2, 1], reverse='a'))
t("reverse float", lambda: [2, 1].sort(reverse=1.5))
t("reverse none", lambda: [2, 1].sort(reverse=None))
t("single uncomparable", lambda: sorted([{}]))
t("dicts", lambda: sorted([{}, {}]))
# a raising key leaves the list intact
a = [3, 1, 2]
def bad(x):
    if x == 2: raise ValueError("boom")
    return x
t("raising key", lambda: a.sort(key=bad)); print(a)
# a raising comparison leaves a permutation
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 5 or o.v == 5: raise RuntimeError("cmp")
        return self.v < o.v
    def __repr__(self): return "C%d" % self.v
a = [C(i) for i in [9, 3, 5, 1, 7]]
t("raising cmp", lambda: a.sort()); print(sorted(c.v for c in a))
# modification during sort
a = [3, 1, 2]
def mod(x):
    a.append(x); return x
t("append in key", lambda: a.sort(key=mod)); print(a)
a = [3, 1, 2]
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        a.append(0); return self.v < o.v
a = [M(3), M(1), M(2)]
t("append in cmp", lambda: a.sort()); print([m.v for m in a])
a = [3, 1, 2]
def clr(x):
    a.clear(); return x
t("clear in key", lambda: a.sort(key=clr)); print(a)
# list seen empty during sort
a = [3, 1, 2]
seen = []
def peek(x):
    seen.append(len(a)); return x
a.sort(key=peek); print(a, seen)
# __lt__ only; __gt__ reflected
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print([g.v for g in sorted([G(2), G(1), G(3)])])
print(sorted([1.5, 1, True, -2, 0.0]), sorted(["b", "A", "a", "B"]), sorted([(1, 'b'), (1, 'a')]))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted({5, 2, 8}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], key=lambda x: x, reverse=True), sorted([], key=5))
# raising comparisons at several depths of the merge leave a permutation
class K:
    limit = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.limit -= 1
        if K.limit == 0: raise RuntimeError("late")
        return self.v < o.v
for lim in [1, 50, 200, 400, 700]:
    a = [K((i * 37) % 101) for i in range(101)]
    K.limit = lim
    t("late raise %d" % lim, lambda: a.sort(reverse=lim % 2 == 0))
    print(sorted(k.v for k in a) == list(range(101)))
# fast paths agree with the generic order
print(sorted(["b", "é", "a", "Z", "\U0001f600", "\u20ac", "", "ab", "a\x00"]))
print(sorted([3.5, -0.0, 0.0, -1e300, 1e300, float('inf'), float('-inf'), 2.0]))
print(sorted([2**70, -5, 3, 2**62, -2**62, 0]), sorted([1, 2.5, 0, -3.5, True]))
print(sorted([5, 3, float('nan'), 1, 4])[2:] != [], sorted([(2**40 - i) % 97 for i in range(300)])[:10])
class S(str):
    def __lt__(self, o): return len(self) < len(o)
print(sorted([S("bbb"), S("a"), S("cc")]), sorted(["bbb", "a", S("cc")]))
data = [(i * 7919) % 1000 for i in range(3000)]
print(sorted(data) == sorted(data, key=lambda x: x), sorted(data, reverse=True) == sorted(data)[::-1])
desc = list(range(1000, 0, -1)) + list(range(500)); print(sorted(desc)[:5], sorted(desc)[-3:])
runs = []
for r in range(20): runs += list(range(r, r + 40)) if r % 2 else list(range(r + 40, r, -1))
print(sorted(runs) == sorted(runs, key=lambda x: x), sorted(runs)[:8])
