# basics2: super() chains three levels deep, in __init__, classmethods and overridden methods
class A:
    def __init__(self, v):
        self.log = ['A%d' % v]
    def who(self):
        return 'A'
    @classmethod
    def make(cls):
        return 'A.make(%s)' % cls.__name__
class B(A):
    def __init__(self, v):
        super().__init__(v + 1)
        self.log.append('B')
    def who(self):
        return 'B>' + super().who()
    @classmethod
    def make(cls):
        return 'B>' + super().make()
class C(B):
    def __init__(self):
        super().__init__(0)
        self.log.append('C')
    def who(self):
        return 'C>' + super().who()
class D(C):
    def who(self):
        return 'D>' + super(D, self).who()
c = C()
print(c.log, c.who(), C.make())
d = D()
print(d.log, d.who(), D.make())
print(super(C, c).who(), super(B, d).who())
class E(A):
    def who(self):
        f = lambda: super(E, self).who()
        return 'E>' + f()
print(E(1).who())
print([k.__name__ for k in D.__mro__])
