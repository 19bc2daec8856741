# basics2: closures capturing loop variables (late binding, defaults, nested loops, comprehension capture)
fs = []
for i in range(3):
    for j in range(2):
        fs.append(lambda: (i, j))
print([f() for f in fs])
gs = [lambda: k for k in range(3)]
print([g() for g in gs])
hs = [lambda k=k: k * 10 for k in range(3)]
print([h() for h in hs])
def make():
    out = []
    n = 0
    while n < 3:
        def f():
            return n
        out.append(f)
        n += 1
    return out
print([f() for f in make()])
def make2():
    out = []
    for x in "abc":
        def g(x=x):
            def h():
                return x * 2
            return h
        out.append(g())
    return out
print([h() for h in make2()])
def counter():
    cells = []
    for i in range(3):
        cells.append(lambda: i)
    i = 100
    return cells
print([c() for c in counter()])
