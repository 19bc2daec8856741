# for-loops over range iterators (stepped in the loop without a call): steps, bounds past the small ints, shared/advanced iterators, break/continue, exceptions
import sys

out = []
for k in range(3, -10, -4):
    out.append(k)
print(out)
for a, b, c in ((0, 0, 1), (5, 0, 1), (0, 5, -1), (-3, 3, 2), (10, 1, -3), (7, 8, 100)):
    print([k for k in range(a, b, c)], end=" ")
    acc = []
    for k in range(a, b, c):
        acc.append(k)
    print(acc)

# items past 32-bit and 64-bit small ints, and bigint bounds
for r in (range((1 << 30) - 2, (1 << 30) + 2), range((1 << 31) - 1, (1 << 31) + 3),
          range((1 << 62) - 2, (1 << 62) + 2), range((1 << 63) - 2, (1 << 63) + 2),
          range(-(1 << 62) + 1, -(1 << 62) - 3, -1), range(1 << 100, (1 << 100) + 5, 2)):
    acc = []
    for k in r:
        acc.append(k - r.start)
    print(acc, type(k).__name__)

# break, continue, else
for k in range(10):
    if k % 3 == 0:
        continue
    if k == 8:
        break
    print(k, end=" ")
else:
    print("no")
print()
for k in range(2):
    pass
else:
    print("else", k)

# an iterator advanced by next() inside the loop, and one shared by two loops
it = iter(range(10))
for k in it:
    print(k, next(it, None), end="; ")
print()
it = iter(range(7))
for a in it:
    for b in it:
        print(a, b, end="; ")
        break
print()
print(list(it), next(it, "done"))

# an exception in the body, and the loop resumed after it
def body(n):
    got = []
    for k in range(n):
        try:
            if k == 2:
                raise ValueError(k)
            got.append(10 // (k - 4))
        except ValueError as e:
            got.append("v%s" % e)
        except ZeroDivisionError:
            got.append("z")
    return got
print(body(7))
try:
    for k in range(5):
        if k == 3:
            raise KeyError(k)
except KeyError as e:
    print("caught", e, k)

# nested loops and a return from inside the inner one
def find(n, t):
    for i in range(n):
        for j in range(i, n):
            if i * j == t:
                return i, j
    return None
print(find(20, 91), find(5, 1000))
total = 0
for i in range(50):
    for j in range(i, i + 3):
        total += j
print(total)

# range objects are immutable; the iterator is independent of a rebound name
r = range(4)
acc = []
for k in r:
    r = range(100)
    acc.append(k)
print(acc, r)
it = iter(range(3))
print(list(it), list(it), it.__length_hint__())
print(sum(1 for _ in range(sys.maxsize - 3, sys.maxsize)))

# a generator and a list iterator still take their own ways
def gen():
    yield from range(3)
    yield 99
print([x for x in gen()], [x for x in iter([4, 5])])
