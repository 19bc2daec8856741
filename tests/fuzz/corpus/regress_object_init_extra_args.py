# object.__init__ rejects extra arguments only when no __init__ or __new__ override could use them (CPython object_init)
class A: pass
class B:
    def __init__(self, x): super().__init__(x)
class C:
    def __new__(cls, *a): return super().__new__(cls)
for f in [lambda: float.__init__(1.0, 5), lambda: (1).__init__(1, 2), lambda: object.__init__(object(), 1),
          lambda: object.__init__(A(), 1), lambda: B(1), lambda: type(C(1)).__name__, lambda: object.__init__(C(), 1), lambda: A(1),
          lambda: 'x'.__init__(1,2,3), lambda: [].__init__([1])]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
