# types2: reprs of recursive containers and escaped strings; walrus/closures inside comprehensions in functions
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
l = [1]
l.append(l)
show(lambda: l)
show(lambda: str(l))
d = {'a': 1}
d['self'] = d
show(lambda: d)
t = ([],)
t[0].append(t)
show(lambda: t)
class R:
    def __repr__(self):
        return 'R<%r>' % (self.inner,)
r = R()
r.inner = [r]
show(lambda: 'skip')
show(lambda: [1.0, 2.5, -0.0, 1e100, float('inf'), float('nan')])
show(lambda: {'k': 1.5, 2: None, (1,): [True]})
show(lambda: ((),))
show(lambda: (1,))
show(lambda: [(), [], {}, set(), '', ""])
show(lambda: "it's")
show(lambda: 'say "hi"')
show(lambda: 'both \' and "')
show(lambda: '\t\n\r\x07\\')
show(lambda: '\x7f\x80\xa0\xad')
show(lambda: '\u2028\ue000\ufeff')
show(lambda: '\U0001f600\U000e0001')
show(lambda: 'é' + chr(0x300))
show(lambda: str([None, 'a', "b'"]))
def g():
    total = 0
    def add(xs):
        nonlocal total
        [total := total + x for x in xs]
    add([1, 2]); add([3])
    return total
show(g)
counter = 0
def gl():
    global counter
    [counter := counter + 1 for _ in range(3)]
    return counter
show(gl)
class CB:
    f = lambda self: 'lam-method'
    sq = staticmethod(lambda x: x * x)
show(lambda: (CB().f(), CB.sq(3)))
def comp_in_method():
    class M:
        k = 3
        def m(self):
            return [self.k * i for i in range(3)]
    return M().m()
show(comp_in_method)
def nested_comp_closure():
    fs = [[lambda: (i, j) for j in range(2)] for i in range(2)]
    return [[f() for f in row] for row in fs]
show(nested_comp_closure)
def comp_shadow():
    x = 10
    r = [x for x in range(3)]
    s = [x + y for y in range(2)]
    return r, s, x
show(comp_shadow)
def dict_comp_order():
    return {k: v for k, v in [('b', 1), ('a', 2), ('b', 3)]}
show(dict_comp_order)
def set_comp():
    return sorted({x % 3 for x in range(10)})
show(set_comp)
def comp_iter_eval_once():
    log = []
    def src():
        log.append('src')
        return range(3)
    [x for x in src() for y in src()]
    return log
show(comp_iter_eval_once)
def comp_cond_chain():
    return [x for x in range(20) if x % 2 == 0 if x % 3 == 0 for _ in range(1) if x]
show(comp_cond_chain)
def comp_unpack():
    return [(b, a) for a, b in {'x': 1, 'y': 2}.items()], [a + sum(r) for a, *r in [(1, 2, 3), (4, 5)]]
show(comp_unpack)
