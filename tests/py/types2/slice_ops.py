# types2: del of slices, slice assignment of different lengths, extended slices and their errors
l = list(range(10))
del l[2:5]
print(l)
del l[::2]
print(l)
del l[-1:]
print(l)
l = list(range(10))
del l[::-3]
print(l)
l = list(range(6))
l[1:3] = ['a', 'b', 'c', 'd']
print(l)
l[2:6] = []
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = 'xy'
print(l)
l[1:1] = range(2)
print(l)
l = list(range(6))
l[::2] = 'ABC'
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
l[5:2] = ['in']
print(l)
l[-100:100] = [0]
print(l)
l = [1, 2, 3]
l[:] = l
print(l)
l[1:2] = l
print(l)
m = list(range(5))
m[::-1] = m
print(m)
try:
    m[1:2] = 5
except TypeError as e:
    print('TypeError', e)
t = (1, 2, 3, 4, 5)
print(t[::-2], t[10:], t[-2:-1], t[1:-1:2], 'abcdef'[::-2], 'abcdef'[4:1:-1], range(10)[2:8:3])
try:
    t[1:2] = (9,)
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2][::0]
except ValueError as e:
    print('ValueError', e)
s = slice(1, None, 2)
print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4][s], s.indices(4))
