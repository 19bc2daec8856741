# basics: class body scope, name lookup from methods and class-level loops
x = "global"
class A:
    x = "class"
    y = x + "!"
    def get_x(self):
        return x
    def get_cls_x(self):
        return self.x
print(A.y)
print(A().get_x())
print(A().get_cls_x())

class B:
    items = []
    for i in range(3):
        items.append(i * 2)
    total = 0
    for v in items:
        total += v
print(B.items, B.total)

def make_class(val):
    class Inner:
        v = val
        def get(self):
            return val
    return Inner
C = make_class(5)
print(C.v, C().get())

class D:
    def method(self):
        return "method"
    alias = method
print(D().alias())
class E:
    n = 1
    def inc(self):
        E.n += 1
        return E.n
e = E()
e.inc()
print(e.inc(), E.n)
class F:
    def a(self):
        return self.b()
    def b(self):
        return "b called via self"
print(F().a())
