# basics: late binding of closures in loops and capture via default arguments
funcs = []
for i in range(4):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])

funcs = []
for i in range(4):
    def f(i=i):
        return i
    funcs.append(f)
print([f() for f in funcs])

lambdas = [lambda: j for j in range(3)]
print([g() for g in lambdas])
lambdas = [lambda j=j: j * 10 for j in range(3)]
print([g() for g in lambdas])

def make_all():
    out = []
    for k in range(3):
        def mk(k):
            return lambda: k * k
        out.append(mk(k))
    return out
print([h() for h in make_all()])

def counter_list():
    res = []
    n = 0
    while n < 3:
        res.append(lambda n=n: n + 100)
        n += 1
    return res
print([c() for c in counter_list()])

def shared():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = shared()
print(g())
s(42)
print(g())
