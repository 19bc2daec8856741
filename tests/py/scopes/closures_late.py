# scopes: closures capture variables, not values: late binding in loops and default-argument capture
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        out.append(lambda: i)
    return out
print([f() for f in make()])
def make2():
    out = []
    for i in range(3):
        def f(i=i): return i * 10
        out.append(f)
    return out
print([f() for f in make2()])
def make3():
    out = []
    for i in range(3):
        def mk(j):
            return lambda: j
        out.append(mk(i))
    return out
print([f() for f in make3()])
# the variable changes after the closure is made
def later():
    v = 'first'
    get = lambda: v
    v = 'second'
    return get()
print(later())
# a closure over a loop variable sees its final value after the loop
def after_loop():
    fns = []
    for k in 'abc':
        fns.append(lambda: k)
    k = 'changed'
    return [f() for f in fns]
print(after_loop())
# while-loop closures
def wloop():
    fns = []
    n = 0
    while n < 3:
        fns.append(lambda: n)
        n += 1
    return [f() for f in fns]
print(wloop())
# default capture evaluates at def time, even for mutable objects
def mutable_default():
    lst = [1]
    f = lambda l=lst: l
    lst.append(2)
    lst = 'rebound'
    return f()
print(mutable_default())
# closures share one cell
def shared():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    return inc, get
inc, get = shared()
inc(); inc()
print(get())
# closure cells introspection
def cells():
    a = 1
    b = 2
    def f():
        return a + b
    return f
fn = cells()
print(fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])
print(make.__closure__)
# lambdas in comprehensions capture the comprehension's variable
print([g() for g in [lambda: x * 2 for x in range(3)]])
print([g() for g in [lambda x=x: x * 2 for x in range(3)]])
