# errors: unpacking errors: too many / not enough values, with and without starred targets
def show(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def a():
    x, y = 1, 2, 3
def b():
    x, y, z = [1, 2]
def c():
    x, y = 'a'
def d():
    x, *y, z = [1]
def e():
    a, b = 5
def f():
    for p, q in [(1, 2), (3,)]:
        pass
def g():
    x, y = range(10)
def h():
    [x] = []
def i():
    a, b, *c, d, e = 'abc'
def j():
    x, y = None
def k():
    x, y = {'only': 1}
for fn in (a, b, c, d, e, f, g, h, i, j, k):
    show(fn)
