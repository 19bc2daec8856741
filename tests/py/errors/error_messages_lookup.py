# errors: NameError, AttributeError, ZeroDivisionError, IndexError and KeyError texts/reprs
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, str(e), e.args)
show(lambda: undefined_name)
def uses_local():
    print(loc)
    loc = 1
show(uses_local)
def free():
    def inner():
        return v
    r = inner
    v = 1
    del v
    return r()
show(free)
class A:
    pass
show(lambda: A().missing)
show(lambda: A.missing)
show(lambda: (1).missing)
show(lambda: 'x'.missing)
show(lambda: None.missing)
show(lambda: [].missing)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1.5 // 0.0)
show(lambda: 1.5 % 0)
show(lambda: divmod(1, 0))
show(lambda: 0 ** -1)
show(lambda: [1][5])
show(lambda: (1,)[-2])
show(lambda: 'ab'[2])
show(lambda: range(3)[3])
show(lambda: [].pop())
show(lambda: [1].pop(4))
show(lambda: {}['key'])
show(lambda: {}[('t', 1)])
show(lambda: {}[1.5])
show(lambda: {1: 2}[None])
show(lambda: set().pop())
show(lambda: {}.popitem())
show(lambda: [1].remove(2))
show(lambda: [1].index(2))
show(lambda: 'abc'.index('z'))
show(lambda: {1}.remove(2))
def dl():
    d = {'a': 1}
    del d['b']
show(dl)
def dn():
    del zzz
show(dn)
