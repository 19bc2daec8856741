# errors: exceptions raised in __init__ propagate from the call; partially built objects
built = []
class C:
    def __init__(self, ok):
        built.append(self)
        self.a = 1
        if not ok:
            raise ValueError('bad init')
        self.b = 2
try:
    C(False)
except ValueError as e:
    print('ValueError', e.args)
print(len(built), built[0].a, hasattr(built[0], 'b'))
c = C(True)
print(c.a, c.b)
class D:
    def __init__(self):
        return None
print(type(D()).__name__)
class E:
    def __init__(self):
        return 5
try:
    E()
except TypeError as e:
    print('TypeError', e)
class F:
    def __init__(self, x):
        self.x = x
try:
    F()
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2)
except TypeError as e:
    print('TypeError', e)
class G:
    pass
try:
    G(1)
except TypeError as e:
    print('TypeError', e)
class H(C):
    def __init__(self):
        try:
            super().__init__(False)
        except ValueError:
            self.recovered = True
h = H()
print(h.a, h.recovered)
