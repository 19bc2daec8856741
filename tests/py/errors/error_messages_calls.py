# errors: TypeError texts for wrong argument counts and names on user functions, methods, lambdas
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1): pass
def fk(*, k): pass
def fkk(a, *, k, j): pass
def fv(a, *args): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
calls = [
    lambda: f0(1),
    lambda: f0(1, 2),
    lambda: f1(),
    lambda: f2(1),
    lambda: f2(),
    lambda: f1(1, 2),
    lambda: f3(),
    lambda: f3(1, 2, 3),
    lambda: f1(b=1),
    lambda: f1(1, a=2),
    lambda: fk(),
    lambda: fk(1),
    lambda: fkk(1),
    lambda: fkk(1, 2),
    lambda: fv(),
    lambda: fv(a=1, b=2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: C.c(),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: f0(**{'x': 1}),
    lambda: f2(1, 2, b=3),
    lambda: f0(*[1, 2, 3]),
]
for c in calls:
    try:
        c()
        print('ok')
    except TypeError as e:
        print(e)
