# exec/eval of code objects: compiled code, function code without free variables, and the errors
def no_args():
    print("running function code", __name__)
exec(no_args.__code__)
exec(no_args.__code__, {"__name__": "other", "print": print})
def uses_global():
    print("value is", value)
value = "module"
exec(uses_global.__code__)
exec(uses_global.__code__, {"value": "given"})
def make():
    captured = 1
    def inner():
        return captured
    return inner
inner = make()
try:
    exec(inner.__code__)
except TypeError as e:
    print("TypeError", e)
try:
    eval(inner.__code__)
except TypeError as e:
    print("TypeError", e)
c = compile("result = 6 * 7", "<c>", "exec")
ns = {}
exec(c, ns)
print(ns["result"])
e = compile("n + 1", "<e>", "eval")
print(eval(e, {"n": 1}), eval(e, {}, {"n": 2}), eval(e, {"n": 0}, {"n": 3}))
print(exec(e, {"n": 1}))
s = compile("n * 100", "<s>", "single")
exec(s, {"n": 2})
print(eval(s, {"n": 3}))
lam = lambda: "lambda body"
print(eval(lam.__code__))
