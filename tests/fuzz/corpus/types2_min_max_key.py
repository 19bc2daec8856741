# types2: min/max with key, default, several args, ties pick the first, and error texts
print(max([1, 5, 3], key=lambda x: -x), min('abc', key=ord), max('a', 'bb', 'c', key=len))
print(max([], default='empty'), min([], default=None), max([2], default=9), min((), key=len, default=0))
print(max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
print(max(3, 1, 2), min(3.5, 2, 2.0), max([1, 2.5, True]), min('hello'), max({1: 0, 5: 1}))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x % 3, -x)))
for call in (lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: min(1, 'a'),
             lambda: max(1, 2, default=0)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
