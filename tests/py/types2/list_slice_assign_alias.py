# list slice assignment from lists, tuples and the list itself (growing, shrinking, extended, reversed) and l[i] = v with negative and out-of-range indexes
a = list(range(8))
a[:3] = a[2::-1]; print(a)
a[2:5] = (10, 11, 12, 13, 14); print(a)
a[1:9] = []; print(a)
a[:] = a; print(a)
a[1:1] = a; print(a)
a[::2] = a[1::2]; print(a)
a[::-1] = tuple(a); print(a)
b = [1, 2, 3]
a[-2:] = b; b.append(4); print(a, b)
a[len(a):] = b; print(a)
a[:0] = (); print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a[::2] = (1,)
except ValueError as e:
    print("ValueError", e)
c = [0] * 5
c[-1] = 9; c[0] = 8; c[True] = 7; print(c)
for k in (5, -6, 1 << 70):
    try:
        c[k] = 1
    except IndexError as e:
        print("IndexError", e)
class L(list):
    pass
d = L([5, 6])
c[1:3] = d; print(c)
c[1:3] = "xy"; print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError", e)
