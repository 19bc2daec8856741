# subscripts pass slice objects, tuples and Ellipsis to __getitem__/__setitem__/__delitem__
class Rec:
    def __getitem__(self, k):
        return ('get', k)
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
r = Rec()
print(r[1:2])
print(r[1:2:3])
print(r[:])
print(r[::])
print(r[::-1])
print(r[:5], r[5:], r[::2])
print(r[None:None])
print(r[1, 2])
print(r[1:2, 3])
print(r[1:2, ::3, ...])
print(r[...])
print(r[()])
print(r['a':'b':'c'])
print(r[[1, 2]])
r[1:3] = 'v'
r[::2] = [0]
r[1, 2] = 'tuple'
r[...] = 'ell'
del r[2:]
del r[::3]
del r[0, 1]
# slice objects' attributes and indices()
class Peek:
    def __getitem__(self, s): return (s.start, s.stop, s.step)
p = Peek()
print(p[1:2], p[:3], p[::4], p[-1::-1], p['x':])
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-2, None).indices(4))
print(slice(5), slice(1, 2), slice(1, 2, 3), repr(slice(None, None, None)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
# augmented assignment on a slice calls get then set
class Aug:
    def __init__(self): self.data = [1, 2, 3]
    def __getitem__(self, k):
        print('aug get', k)
        return self.data[k]
    def __setitem__(self, k, v):
        print('aug set', k, v)
        self.data[k] = v
a = Aug()
a[0:2] += [9]
print(a.data)
a[1] *= 10
print(a.data)
# built-in subclasses receive slices too
class L(list):
    def __getitem__(self, k):
        if isinstance(k, slice):
            return 'slice of L'
        return list.__getitem__(self, k)
l = L([1, 2, 3])
print(l[0], l[1:], l[::-1])
class T(tuple):
    def __getitem__(self, k): return ('T', k)
print(T((1,))[0:1])
# missing __setitem__ / __delitem__
class RO:
    def __getitem__(self, k): return k
try:
    RO()[1:2] = 5
except TypeError as e:
    print(e)
try:
    del RO()[1:2]
except TypeError as e:
    print(e)
try:
    del RO()[0]
except TypeError as e:
    print(e)
class NoGet:
    pass
try:
    NoGet()[1:2]
except TypeError as e:
    print(e)
