# types: range with start/stop/step, negative steps, len, indexing, slicing, membership
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(-5, -10, -2)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 0)))
r = range(3, 20, 4)
print(r[0], r[1], r[-1], r[-2])
try:
    r[5]
except IndexError:
    print("IndexError")
print(list(r[1:3]), list(r[::-1]), list(r[::2]), list(r[-2:]))
print(range(0, 10, 2)[1:4] == range(2, 8, 2))
print(7 in r, 8 in r, 19 in r, 23 in r, -1 in range(-5, 5))
print(r.start, r.stop, r.step)
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError zero step")
print(range(5) == range(5), range(0) == range(2, 2), range(1, 4) == range(1, 5))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(-3, 3)), list(range(3, -3, -1)))
print(list(reversed(range(4))), len(range(-10, 10, 7)))
print(range(10).index(3), range(10).count(4))
big = range(0, 10 ** 12, 7)
# (len() must fit sys.maxsize, 2**31 - 1 on 32-bit hosts; indexing and `in` need not)
print(len(range(0, 10 ** 12, 1000)), big[-1], big[142857142857], 10 ** 12 - 1 in big, 10 ** 12 - 2 in big)
print(type(range(1)).__name__, bool(range(0)), bool(range(1)))
