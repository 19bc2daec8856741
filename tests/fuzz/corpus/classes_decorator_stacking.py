# classmethod and staticmethod stacked with each other and with property; their reprs
class C:
    _n = "C-name"
    @classmethod
    @property
    def name(cls):
        return cls._n + "!"
    @staticmethod
    @staticmethod
    def s(): return "double static"
    @classmethod
    @classmethod
    def cc(cls): return cls
class D(C):
    _n = "D-name"
print(C.name, D.name, D().name)
print(C.s())
try:
    print(C.cc())
except Exception as e: print(type(e).__name__, e)
print(repr(classmethod(len))[:20], repr(staticmethod(len))[:22])
sm = staticmethod(lambda: 1)
print(sm(), callable(sm))
cm = classmethod(lambda c: c)
print(cm.__get__(None, C) is not None, cm.__func__(3))
print(C.__dict__["name"].__func__.__class__.__name__)
