# AttributeError messages in CPython's words
class C:
    __slots__ = ("s",)
    def m(self):
        pass
    @property
    def p(self):
        return 1

class D:
    pass

def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e.args)
    except TypeError as e:
        print(type(e).__name__, e.args)

show(lambda: D().x)
show(lambda: D.x)
show(lambda: C().s)
show(lambda: setattr(C(), "x", 1))
show(lambda: setattr(C(), "m", 1))
show(lambda: setattr(C(), "p", 1))
show(lambda: delattr(C(), "p"))
show(lambda: delattr(D(), "x"))
show(lambda: delattr(D, "x"))
show(lambda: (1).x)
show(lambda: setattr(1, "x", 2))
show(lambda: setattr((1).real, "x", 2))
show(lambda: setattr(1, "real", 2))
show(lambda: "s".nope)
show(lambda: setattr("s", "upper", 2))
show(lambda: [].x)
show(lambda: setattr([], "append", 1))
show(lambda: None.x)
show(lambda: setattr(None, "x", 1))
show(lambda: object().x)
show(lambda: type.x)
show(lambda: setattr(object, "x", 1))
show(lambda: setattr(list, "append", 1))
show(lambda: getattr(D(), 5))
show(lambda: setattr(D(), 5, 1))
show(lambda: delattr(C(), "s"))
show(lambda: C.__dict__["s"].__get__(C()))

e = AttributeError("msg")
print(e.args)
