# types2: sort stability on large inputs with runs and duplicates, failing key/compare functions leave the list intact
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
data = [(rnd() % 50, i) for i in range(2000)]
s = sorted(data, key=lambda p: p[0])
show(lambda: all([s[i][0] < s[i+1][0] or (s[i][0] == s[i+1][0] and s[i][1] < s[i+1][1]) for i in range(len(s) - 1)]))
s2 = sorted(data, key=lambda p: p[0], reverse=True)
show(lambda: all([s2[i][0] > s2[i+1][0] or (s2[i][0] == s2[i+1][0] and s2[i][1] < s2[i+1][1]) for i in range(len(s2) - 1)]))
show(lambda: sorted(data) == sorted(data, key=lambda p: (p[0], p[1])))
runs = list(range(500)) + list(range(250)) + list(range(1000, 0, -1)) + [5] * 300
show(lambda: sorted(runs) == sorted(runs, key=lambda x: x))
show(lambda: sorted(runs)[:5] + sorted(runs)[-5:])
l = list(range(100, 0, -1))
def bad_key(x):
    if x == 50:
        raise ValueError('key fail')
    return x
def sort_bad_key():
    l.sort(key=bad_key)
show(sort_bad_key)
show(lambda: l[:5])
m = [3, 1, 2]
def mutate_key(x):
    m.append(x)
    return x
def sort_mutate():
    m.sort(key=mutate_key)
show(sort_mutate)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 7 or o.v == 7:
            raise TypeError('lt fail')
        return self.v < o.v
cs = [C(i) for i in range(10, 0, -1)]
def sort_bad_cmp():
    cs.sort()
show(sort_bad_cmp)
show(lambda: sorted(set([c.v for c in cs])))
show(lambda: sorted(['b', 'A', 'a', 'B'], key=str.lower))
show(lambda: sorted(['b', 'A', 'a', 'B'], key=str.upper, reverse=True))
show(lambda: sorted([1.5, 1, True, 0.5, False]))
show(lambda: sorted([[2, 1], [1, 2], [1], []]))
show(lambda: sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
show(lambda: sorted('sorting'))
show(lambda: sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
show(lambda: sorted([3, 1, 2], key=lambda x: -x)[::-1])
show(lambda: list(reversed(sorted([3, 1, 2]))))
show(lambda: sorted([float('inf'), -float('inf'), 0.0, -0.0, 1]))
show(lambda: sorted(range(10), key=lambda x: (x % 2, -x)))
