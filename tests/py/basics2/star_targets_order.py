# basics2: starred expressions in displays/returns/subscripts, nested unpacking targets, evaluation order of assignments, dicts and calls
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
a = [1, 2]
b = (3,)
show(lambda: [*a, *b, *'xy'])
show(lambda: (*a,))
show(lambda: {*a, *b})
show(lambda: {**{'k': 1}, 'j': 2, **dict(z=0)})
def ret():
    return 0, *a, *b
show(ret)
def fr():
    out = []
    for x in *a, *b:
        out.append(x)
    return out
show(fr)
class G:
    def __getitem__(self, k): return k
show(lambda: G()[*a, 5])
show(lambda: G()[1:2, ::3, ...])
show(lambda: G()[()])
show(lambda: G()[1,])
def star_assign():
    x = *a, 9
    y, = b
    [z] = 'q'
    (p), q = 1, 2
    *s, = range(3)
    return x, y, z, p, q, s
show(star_assign)
def chain_star():
    x = first, *rest = [1, 2, 3]
    return x, first, rest
show(chain_star)
def swap3():
    p, q, r = 1, 2, 3
    p, q, r = r, p, q
    return p, q, r
show(swap3)
def nested_targets():
    ((a1, b1), [c1, (d1, *e1)]) = ('ab', [1, (2, 3, 4)])
    return a1, b1, c1, d1, e1
show(nested_targets)
def subscript_targets():
    l = [0] * 4
    d = {}
    l[0], l[1], d['x'], d[l[0]] = 'abcd'
    return l, d
show(subscript_targets)
def order_of_eval():
    log = []
    def f(x):
        log.append(x)
        return x
    d = {}
    d[f('k1')] = f('v1')
    x = [f('e1'), f('e2')]
    f('a')(0) if False else None
    y = f('l') + f('r') * f('m')
    z = {f('dk'): f('dv')}
    f('obj'), f('arg')
    return log
show(order_of_eval)
def assign_eval_order():
    log = []
    class T:
        def __setitem__(self, k, v):
            log.append(('set', k, v))
    def f(x):
        log.append(x)
        return x
    t = T()
    t[f('key')] = f('value')
    return log
show(assign_eval_order)
def dict_eval_order():
    log = []
    def f(x):
        log.append(x)
        return x
    {f('k1'): f('v1'), f('k2'): f('v2'), **{f('k3'): f('v3')}}
    return log
show(dict_eval_order)
def call_eval_order():
    log = []
    def f(x):
        log.append(x)
        return x
    def g(*a, **k): pass
    f('g')(f(1), *[f(2)], k=f(3), **{f('kk'): f(4)}) if False else g(f(1), *[f(2)], k=f(3), **{f('kk'): f(4)})
    return log
show(call_eval_order)
def attr_chain():
    class N: pass
    n = N()
    n.a = N()
    n.a.b = N()
    n.a.b.c = [1, 2]
    n.a.b.c[1] += 5
    n.a.b.c[0:1] = [9, 9]
    return n.a.b.c
show(attr_chain)
def unpack_dict():
    k1, k2 = {'x': 1, 'y': 2}
    (v1, v2), = [{'a': 1, 'b': 2}.values()]
    return k1, k2, v1, v2
show(unpack_dict)
def unpack_str_set():
    a, b, c = 'xyz'
    s1, = {5}
    return a, b, c, s1
show(unpack_str_set)
def unpack_range_gen():
    a, *b = range(1, 5)
    c, d = map(str, [1, 2])
    e, f = zip('ab', 'cd')
    return a, b, c, d, e, f
show(unpack_range_gen)
