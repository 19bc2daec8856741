# basics2: starred and nested unpacking in for targets and assignments
for a, *b in [(1, 2, 3), (4,), 'xyz']:
    print(a, b)
for *a, b in [[1, 2], [3]]:
    print(a, b)
for (a, b), *c in [((1, 2), 3, 4), ('xy', )]:
    print(a, b, c)
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items()):
    print(i, k, v)
first, *mid, last = range(6)
print(first, mid, last)
*s, = 'abc'
print(s)
[a, [b, *c]] = [1, (2, 3, 4)]
print(a, b, c)
a, *b, c, d = 1, 2, 3
print(a, b, c, d)
x = [0, 0, 0]
x[0], *x[1:] = 'abc'
print(x)
class O: pass
o = O()
o.a, *o.b = range(3)
print(o.a, o.b)
