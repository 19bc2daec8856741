# params: ValueError/TypeError texts for unpacking with and without starred targets
def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def u2(v):
    a, b = v
    return a, b
def u3star(v):
    a, b, *c, d = v
    return a, b, c, d
def ustar1(v):
    a, *b = v
    return a, b
def nested(v):
    (a, b), c = v
    return a, b, c
for v in ([], [1], [1, 2], [1, 2, 3], (1, 2, 3, 4), 'abc', '', range(5), iter([1]), {1: 2}):
    attempt(lambda: u2(v))
for v in ([], [1, 2], [1, 2, 3], range(6), 'ab'):
    attempt(lambda: u3star(v))
for v in ([], [1], 'x', ()):
    attempt(lambda: ustar1(v))
for v in (5, None, 1.5, object()):
    attempt(lambda: u2(v))
    attempt(lambda: ustar1(v))
attempt(lambda: nested([(1,), 2]))
attempt(lambda: nested([(1, 2, 3), 4]))
attempt(lambda: nested([5, 6]))
# iterators that are consumed: only as many items as needed (plus one to detect extras)
it = iter(range(10))
try:
    a, b = it
except ValueError as e:
    print(e, next(it))
# for-loop targets raise the same errors
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(e)
# a failing iterator propagates its own error
class Bad:
    def __iter__(self):
        yield_vals = [1]
        return self
    def __next__(self):
        raise KeyError('from next')
try:
    a, b = Bad()
except KeyError as e:
    print('KeyError', e)
