# types2: dict and set mutation during iteration (size and key changes), live dict views after deletion
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def m1():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
show(m1)
def m2():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
show(m2)
def m3():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k] = 0
    return d
show(m3)
def m4():
    s = {1, 2}
    for x in s:
        s.discard(x)
show(m4)
def m5():
    d = {1: 1}
    for k, v in d.items():
        d.pop(k)
show(m5)
def m6():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.clear()
show(m6)
def m7():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    return next(it)
show(m7)
def m8():
    l = [1, 2, 3]
    it = iter(l)
    next(it)
    l.clear()
    return list(it)
show(m8)
def m9():
    l = [1, 2, 3]
    it = iter(l)
    l.append(4)
    return list(it)
show(m9)
def m10():
    d = dict.fromkeys(range(5))
    k = d.keys()
    v = d.values()
    i = d.items()
    del d[0]
    return len(k), len(v), len(i), list(k), 1 in k, (1, None) in i, None in v
show(m10)
show(lambda: {1: 2}.keys() == {1})
show(lambda: {1: 2}.items() == {(1, 2)})
show(lambda: {1: 2}.values() == [2])
show(lambda: repr({1: 2}.keys()))
show(lambda: repr({1: 2}.values()))
show(lambda: repr({1: 2}.items()))
show(lambda: list(reversed({1: 2, 3: 4}.values())))
show(lambda: sorted({'b': 1, 'a': 2}.keys() ^ {'a', 'c'}))
show(lambda: {'a': 1}.keys() - 'abc')
show(lambda: {'a': 1}.keys().isdisjoint(['b']))
show(lambda: len({}.items()))
show(lambda: bool({}.keys()))

def t(f):
    try: print(f())
    except RuntimeError as e: print('RuntimeError', e)
def a():
    d = {i: i for i in range(5)}
    out = []
    for k in d:
        out.append(k)
        if k == 1:
            del d[3]; d[7] = 7
    return out
def b():
    d = {i: i for i in range(5)}
    out = []
    for k in d:
        out.append(k)
        if k == 3:
            del d[0]; d[9] = 9
    return out
def c():
    d = {i: i for i in range(3)}
    out = []
    for k in reversed(d):
        out.append(k)
        if k == 2:
            del d[0]; d[9] = 9
    return out
def e():
    d = {i: i for i in range(20)}
    out = []
    for k in d:
        out.append(k)
        del d[k]; d[k + 100] = 1
        if len(out) > 30: break
    return out
for f in (a, b, c, e): t(f)
