# generators: closures, nonlocal, defaults and late binding with generators
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def gen():
        while n < 3:
            yield bump()
    return gen

print(list(counter()()))

def make_gens():
    return [(lambda i=i: (x * i for x in range(3)))() for i in range(3)]

print([list(g) for g in make_gens()])

def late():
    gens = []
    for i in range(3):
        gens.append((i * x for x in range(2)))
    return gens
print([list(g) for g in late()])

def cell_param(a, b=10):
    def inner():
        return a + b
    yield inner()
    a = 100
    yield inner()

print(list(cell_param(1)))

def shared():
    data = []
    def producer():
        for i in range(3):
            data.append(i)
            yield len(data)
    return producer(), data

p, data = shared()
print(next(p), data)
print(list(p), data)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def take(n, it):
    for _ in range(n):
        yield next(it)
print(list(take(5, fib())))
