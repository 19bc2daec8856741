# scopes: nonlocal through several levels, sibling closures sharing a cell, rebinding after return
def make():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    def peek():
        return count
    return inc, reset, peek
inc, reset, peek = make()
inc(); inc(5)
print(peek(), reset(), peek(), inc())

def levels():
    v = 'L0'
    def l1():
        def l2():
            def l3():
                nonlocal v
                v = 'set by l3'
            l3()
            return v
        return l2()
    r = l1()
    return r, v
print(levels())

def nearest():
    v = 'outer'
    def mid():
        v = 'mid'
        def inner():
            nonlocal v
            v = 'inner changed mid'
        inner()
        return v
    return mid(), v
print(nearest())

def param_cell(x):
    def get():
        return x
    def setx(v):
        nonlocal x
        x = v
    setx(x * 2)
    return get()
print(param_cell(21))

def loop_rebind():
    fs = []
    total = 0
    for i in range(3):
        def add(n=i):
            nonlocal total
            total += n
        fs.append(add)
    for f in fs:
        f()
    return total
print(loop_rebind())

def nonlocal_unbound():
    def inner():
        nonlocal late
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = 'now bound'
    return inner()
print(nonlocal_unbound())

def del_nonlocal():
    x = 1
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(del_nonlocal())

def class_in_between():
    v = 'func'
    class K:
        v = 'class'
        def m(self):
            nonlocal_v = v
            return nonlocal_v
    return K().m()
print(class_in_between())

def augmented():
    s = 'a'
    lst = [1]
    def f():
        nonlocal s
        s += 'b'
        lst.append(2)   # mutation needs no nonlocal
    f(); f()
    return s, lst
print(augmented())
