# exceptions: exception objects as values: stored, compared by type, passed around
errors = []
for v in ["1", "x", "2", "", "3.0"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), [type(e).__name__ for e in errors])
e = KeyError("k")
print(isinstance(e, Exception), type(e) is KeyError, e.args)
def make(cls, *args):
    return cls(*args)
ex = make(IndexError, "made", 1)
print(type(ex).__name__, ex.args)
try:
    raise ex
except IndexError as caught:
    print(caught is ex)
excs = [ValueError, TypeError, KeyError]
for cls in excs:
    try:
        raise cls("via class list")
    except Exception as err:
        print(cls.__name__, type(err) is cls, err.args)
class Rich(Exception):
    def __init__(self, value, detail):
        super().__init__(value)
        self.value = value
        self.detail = detail
    def describe(self):
        return "%s (%s)" % (self.value, self.detail)
try:
    raise Rich(7, "extra")
except Rich as r:
    print(r.describe(), r.args)
exc_type = type(ValueError("x"))
print(exc_type is ValueError, exc_type.__name__)
d = {KeyError: "lookup", ZeroDivisionError: "math"}
for f in [lambda: {}[0], lambda: 1 // 0]:
    try:
        f()
    except Exception as e:
        print(d[type(e)])
