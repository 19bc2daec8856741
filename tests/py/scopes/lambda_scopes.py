# scopes: lambdas see enclosing function variables and globals, capture defaults at definition
factor = 3
scale = lambda x: x * factor
print(scale(2))
factor = 4
print(scale(2))
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
def counter():
    count = [0]
    inc = lambda: count.__setitem__(0, count[0] + 1) or count[0]
    return inc
c = counter()
print(c(), c(), c())
def nested():
    a = 1
    return (lambda b: (lambda c: a + b + c))(10)(100)
print(nested())
def capture_loop():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
late, early = capture_loop()
print([f() for f in late], [f() for f in early])
class K:
    attr = 'class attr'
    get = lambda self: self.attr
    try:
        direct = (lambda: attr)()
    except NameError as e:
        direct = 'NameError: ' + str(e)
print(K().get(), K.direct)
print((lambda: (lambda: __name__)())())
recursive = lambda n: 1 if n <= 1 else n * recursive(n - 1)
print(recursive(5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda *a, k=1: (a, k))(1, 2, k=3))
