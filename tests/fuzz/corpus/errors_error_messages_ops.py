# errors: TypeError messages shared with CPython for operators, subscripts, iteration and calls
five = 5
none = None
s = 'abc'
one = [1]
tests = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [] + (),
    lambda: 1 - 'x',
    lambda: 'a' * 'b',
    lambda: None + 1,
    lambda: 2 ** 'x',
    lambda: -'s',
    lambda: ~1.5,
    lambda: 1 < 'a',
    lambda: [] > {},
    lambda: five[0],
    lambda: none[0],
    lambda: len(5),
    lambda: iter(5),
    lambda: [x for x in 3],
    lambda: none(),
    lambda: five(),
    lambda: s(),
    lambda: {}[[]],
    lambda: {[]},
    lambda: 'a'.foo,
    lambda: 1 % 'x',
    lambda: 'x' - 'y',
    lambda: 3 / 'x',
    lambda: one[1.0],
    lambda: s['x'],
]
for t in tests:
    try:
        t()
        print('no error')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def f():
    a, b = 1
try:
    f()
except TypeError as e:
    print('TypeError', e)
try:
    for x in 5: pass
except TypeError as e:
    print('TypeError', e)
try:
    x = 5
    x[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del x[0]
except TypeError as e:
    print('TypeError', e)
