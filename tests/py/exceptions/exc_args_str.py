# exceptions: args tuple, str() of exceptions with zero, one and several args
e0 = ValueError()
e1 = ValueError("one")
e2 = ValueError("two", 2)
e3 = Exception(1, [2], None)
for e in [e0, e1, e2, e3]:
    print(type(e).__name__, e.args, repr(str(e)), len(e.args))
print(str(TypeError("msg")), str(RuntimeError(42)), str(Exception(None)))
print(IndexError("idx").args[0], OSError("os").args)
try:
    raise KeyError("key")
except KeyError as e:
    print(e.args, e.args[0])
try:
    raise Exception("a", "b")
except Exception as e:
    print(e.args, str(e))
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
try:
    raise Custom(404, "not found")
except Custom as e:
    print(e.code, e.msg, e.args, str(e))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr()), WithStr("x").args)
print(str(ValueError("")), ValueError("").args)
print(str(AssertionError(1.5)))
try:
    raise ValueError("with", "many", "args")
except ValueError as err:
    print(" ".join(err.args))
