# basics2: nonlocal through three levels of nested functions and mixed global/nonlocal
def a():
    x = 1
    def b():
        def c():
            def d():
                nonlocal x
                x += 10
                return x
            return d()
        return c()
    r = b()
    return x, r
print(a())
def outer():
    v = []
    def mid():
        nonlocal v
        def inner():
            nonlocal v
            v = v + [len(v)]
        inner(); inner()
        v = v + ['m']
    mid(); mid()
    return v
print(outer())
def shadow():
    x = 'outer'
    def m():
        x = 'mid'
        def i():
            nonlocal x
            x = 'set-by-inner'
        i()
        return x
    return m(), x
print(shadow())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(); inc()
print(get())
