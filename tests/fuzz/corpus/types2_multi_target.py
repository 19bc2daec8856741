# types2: multiple assignment targets share the object; left-to-right target assignment order
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 5
x += 1
print(x, y, z)
i = 0
l = [0, 0, 0]
i = l[i] = 2
print(i, l)
l = [10, 20, 30]
i = 0
i, l[i] = 1, 99
print(i, l)
d = {}
d['a'] = d['b'] = d
print(d['a'] is d, sorted(d))
class O: pass
o = O()
o.x = o.y = 'same'
print(o.x is o.y)
p, q = q, p = 1, 2
print(p, q)
a, b = b, a = [1], [2]
print(a, b)
log = []
class T:
    def __setitem__(self, k, v):
        log.append(k)
t = T()
t['first'] = t['second'] = t['third'] = 0
print(log)
