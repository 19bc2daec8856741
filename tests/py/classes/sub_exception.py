# subclasses of Exception and its subclasses: args, __init__/__str__ overrides, attributes
class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(msg)
        self.code = code

try:
    raise AppError(42)
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e))
except Exception:
    print("wrong")

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuper(1, 2)
print(e.args, e.a, str(e), repr(e))

class Custom(ValueError):
    def __str__(self):
        return "custom<%s>" % (self.args,)
try:
    raise Custom("x", 1)
except ValueError as e:
    print(e, isinstance(e, Custom), e.args)

class KErr(KeyError):
    pass
try:
    {}["k"]
except KeyError as e:
    print("plain", e)
try:
    raise KErr("missing")
except LookupError as e:
    print(type(e).__name__, e, e.args)

class WithNew(Exception):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls, *args)
print(repr(WithNew("a", "b")))

class OS(OSError):
    pass
o = OS(2, "no file")
print(o.errno, o.strerror, o.args, type(o).__name__)

class Chain(Exception):
    pass
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise Chain("wrapped") from z
except Chain as c:
    print(type(c.__cause__).__name__, c)

class Deep(AppError):
    pass
print(issubclass(Deep, Exception), Deep.__mro__[1].__name__, Deep(1).code)
d = Deep(3, "deep")
d.extra = "e"
print(d.extra, d.__dict__ == {"code": 3, "extra": "e"})
class StopIt(StopIteration):
    pass
print(StopIt(5).value)
