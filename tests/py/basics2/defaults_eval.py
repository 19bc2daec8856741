# basics2: default argument evaluation time, mutable defaults and __defaults__ sharing
log = []
def val(x):
    log.append(x)
    return x
def f(a=val(1), b=val(2)):
    return a, b
log.append('defined')
print(f(), f(5), log)
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2), app(3, []), app(4))
def d(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(d(1), d(2))
n = 10
def g(a=n):
    return a
n = 20
print(g())
def counter(c={'n': 0}):
    c['n'] += 1
    return c['n']
counter(); counter()
print(counter())
fs = []
for i in range(3):
    def q(i=i, j=i * 2):
        return i + j
    fs.append(q)
print([q() for q in fs])
