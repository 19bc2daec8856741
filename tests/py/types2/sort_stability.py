# types2: sort stability with keys, reverse keeps stability, key called once, errors on mixed types
data = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3), ('f', 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
l = list(data)
l.sort(key=lambda p: -p[1])
print(l)
calls = []
def k(x):
    calls.append(x)
    return x % 3
print(sorted(range(9), key=k), len(calls))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((2.5, 1, True, -1)))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print('TypeError', e)
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print('TypeError', e)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V%d' % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(1)]), min(V(4), V(2)))
try:
    sorted([V(1), 1])
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
big = [(i * 7919) % 101 for i in range(300)]
s = sorted(enumerate(big), key=lambda t: t[1])
print(all([s[i][1] < s[i + 1][1] or (s[i][1] == s[i + 1][1] and s[i][0] < s[i + 1][0]) for i in range(len(s) - 1)]))
print(sorted([], key=len), sorted([[2], [1, 1], []]), sorted(['B', 'a', 'C'], key=str.lower))
