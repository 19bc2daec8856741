# range iteration near the int64 and small-int limits, empty and negative steps, and over bigints
M = (1 << 63) - 1   # a 64-bit sys.maxsize on any build: the output is compared with CPython's
for r in (range(0), range((1 << 31) - 2, (1 << 31) + 2), range(-(1 << 31) - 2, -(1 << 31) + 1), range(5), range(-3), range(2, 11, 3), range(10, 0, -4), range(M - 2, M + 2),
          range(-M - 3, -M + 1), range(M - 5, M, 2), range(0, 3 * M, M), range(M, -M, -M),
          range(1 << 62, (1 << 62) + 3), range(-(1 << 62) - 2, -(1 << 62) + 1), range((1 << 63) - 2, (1 << 63) + 2),
          range(-(1 << 63) - 1, -(1 << 63) + 2), range(1 << 100, (1 << 100) + 3), range(0, 1 << 64, 1 << 62)):
    print(list(r), list(reversed(r)), len(r))
it = iter(range(3))
print(next(it), it.__length_hint__(), list(it), list(it))
