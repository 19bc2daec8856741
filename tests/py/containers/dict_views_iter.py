# containers: dict views (keys/values/items), set operations, isdisjoint, reversed, | and |=, mutation during iteration
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print('a' in k, 'z' in k, 1 in v, 9 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, ('a',) in i)
t("keys in unhashable", lambda: [] in k)
t("items in unhashable", lambda: ([], 1) in i)
d['d'] = 4; print(k, list(v), list(i))   # views are live
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(list(reversed({})), list(reversed({}.items())))
# set operations on keys and items views
e = {'b': 0, 'c': 0, 'x': 0}
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {'a', 'q'}), sorted(k | ['z']), sorted(k - {'a'}), sorted(k ^ ('a', 'w')))
print(sorted({'a', 'q'} & k), sorted(['z'] | k), sorted({'a'} - k), sorted({'w'} ^ k))
print(sorted(i & {('a', 1)}), sorted(i - {('a', 1), ('b', 2)}), sorted(i | {('z', 0)}))
print(type(k & e.keys()).__name__, type(k | k).__name__)
t("keys & int", lambda: k & 1)
t("keys | int", lambda: k | 1)
t("keys - None", lambda: k - None)
t("values &", lambda: v & v)
t("keys + keys", lambda: k + k)
print(k == {'a', 'b', 'c', 'd'}, k == {'a'}, k != set(), k <= {'a', 'b', 'c', 'd', 'e'}, k < set('abcd'), k >= {'a'}, k > k)
print(i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, k == e.keys(), k == ['a', 'b', 'c', 'd'])
print(v == v, v == d.values(), v != v)
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint([('a', 1)]), k.isdisjoint([]), k.isdisjoint(e))
t("isdisjoint int", lambda: k.isdisjoint(1))
t("isdisjoint noargs", lambda: k.isdisjoint())
t("values isdisjoint", lambda: v.isdisjoint([]))
t("hash keys", lambda: hash(k))
t("keys index", lambda: k[0])
# | and |=
a = {1: 'a', 2: 'b'}; b = {2: 'B', 3: 'C'}
print(a | b, b | a, a, b)
c = a; c |= b; print(c, a is c)
c |= [(9, 'nine')]; print(c)
c |= {'z': 0}.items(); print(c)
t("| list", lambda: a | [(1, 2)])
t("| int", lambda: a | 1)
t("|= int", lambda: a.__ior__(1))
def ior_bad():
    x = {}
    x |= 5
t("|= stmt int", ior_bad)
def ior_bad2():
    x = {}
    x |= [1]
t("|= bad seq", ior_bad2)
class D(dict):
    pass
print(type(D(a=1) | {}).__name__, type({} | D(a=1)).__name__)
# mutation during iteration
def mut(f):
    d = {1: 1, 2: 2, 3: 3}
    try:
        for x in f(d):
            if x == 1 or x == (1, 1): d[99] = 0
        print("no error", d)
    except RuntimeError as e:
        print(type(e).__name__, e)
mut(lambda d: d); mut(lambda d: d.keys()); mut(lambda d: d.values()); mut(lambda d: d.items())
def mut_del(d):
    try:
        for x in d:
            del d[x]
    except RuntimeError as e:
        print(type(e).__name__, e)
mut_del({1: 1, 2: 2})
def mut_keys():
    d = {1: 1, 2: 2, 3: 3}
    try:
        for x in d:
            del d[x]; d[x + 10] = 0
    except RuntimeError as e:
        print(type(e).__name__, e)
mut_keys()
d = {1: 1, 2: 2}
for x in d:
    d[x] = x * 10   # changing values is allowed
print(d)
d = {1: 1}; r = reversed(d); d[2] = 2; t("reversed mutated", lambda: list(r))
it = iter(d); next(it); d.pop(1); t("after pop", lambda: next(it))
t("again", lambda: next(it))
it = iter({1: 2}.items()); print(next(it), next(it, 'end'))
print(dict(zip(d.keys(), d.values())) == d, list(zip(d, d.values())) == list(d.items()))
print({1: 2}.keys() - {1: 3}.keys(), list({1: 2}.items())[0])
x = {}; x[1] = x.keys(); print(x)
