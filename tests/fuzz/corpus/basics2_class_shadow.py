# basics2: class attributes vs instance attributes: shadowing, mutation through instances, del
class C:
    x = 1
    items = []
    def get(self):
        return self.x
a, b = C(), C()
a.x = 2
print(a.x, b.x, C.x, a.get(), b.get())
a.items.append('shared')
print(b.items, C.items)
b.items = ['own']
print(b.items, C.items)
del a.x
print(a.x)
try:
    del a.x
except AttributeError as e:
    print('AttributeError', e)
C.x = 10
print(a.x, b.x)
a.get = lambda: 'instance func'
print(a.get(), b.get())
class D(C):
    x = 'D'
d = D()
print(d.x, d.get(), D.x, C.x)
del D.x
print(d.x)
print('x' in C.__dict__, 'x' in a.__dict__, sorted(b.__dict__))
class E:
    count = 0
    def __init__(self):
        E.count += 1
        self.count += 100
e1 = E(); e2 = E()
print(E.count, e1.count, e2.count)
