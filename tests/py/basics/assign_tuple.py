# basics: tuple and list unpacking in assignment, swaps and nested targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
g, h, i = "xyz"
print(g, h, i)
(p, q), r = (1, 2), 3
print(p, q, r)
x, (y, z) = 1, [2, 3]
print(x, y, z)
a, b, c = range(3)
print(a, b, c)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
t = 1, 2, 3
print(t)
one, = [42]
print(one)
a = b = 1, 2
print(a, b)
for k, v in [(1, "a"), (2, "b")]:
    print(k, v)
try:
    m, n = 1, 2, 3
except ValueError as ex:
    print("ValueError")
try:
    m, n, o = 1, 2
except ValueError as ex:
    print("ValueError")
try:
    m, n = 5
except TypeError as ex:
    print("TypeError")
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
