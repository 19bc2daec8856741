# inline caches of attribute stores: __init__ layouts, setters added later, __setattr__, slots
N = 200


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


ps = [P(i, -i) for i in range(N)]
print(sum(p.a + p.b for p in ps), ps[-1].__dict__)


def set_a(objs, v):
    for o in objs:
        o.a = v
    return [o.a for o in objs][-1]


print(set_a(ps, 5))
P.a = property(lambda self: "prop", lambda self, v: print("setter", v) if v == 6 else None)
print(set_a(ps[:1], 6))
del P.a
print(set_a(ps, 7), ps[0].__dict__)
P.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 2)
print(set_a(ps, 8))
del P.__setattr__
print(set_a(ps, 9))


class S:
    __slots__ = ("a",)


ss = [S() for _ in range(N)]
print(set_a(ss, "slot"))
try:
    set_a([ss[0], P(0, 0), object()], 1)
except AttributeError as e:
    print("AttributeError", e)

# a different dict layout per object at one site
class Q:
    pass


qs = []
for i in range(N):
    q = Q()
    if i % 2:
        q.z = 0
    q.a = i
    qs.append(q)
print(set_a(qs, "q"), sorted(qs[1].__dict__), sorted(qs[2].__dict__))
