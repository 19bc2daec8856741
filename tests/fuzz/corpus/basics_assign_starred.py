# basics: starred targets in unpacking assignment and for loops
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "abc"
print(a)
first, *rest = range(5)
print(first, rest)
x, *y = (9,)
print(x, y)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print(head, tail)
*init, last = "hello"
print(init, last)
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError")
a, b, *c = 1, 2
print(a, b, c)
p, *q, r, s = range(10)
print(p, q, r, s)
print(type(q).__name__)
def f(*args):
    return args
print(f(*[1, 2], *(3,)))
