# eval/exec nested inside each other and inside code they run: namespaces at each level
print(eval("eval('1 + 1')"))
print(eval("eval('x', {'x': 'inner'})", {"x": "outer"}))
print(eval("eval('x')", {"x": "inherited"}))
ns = {}
exec("exec('a = 1')\nb = a + 1", ns)
print(ns["a"], ns["b"])
exec("exec('c = 3', {}, loc)\nd = loc['c']", ns, {"loc": {}})
code = "depth = depth + 1\nif depth < 20:\n    exec(code)\n"
state = {"depth": 0, "code": code}
exec(code, state)
print(state["depth"])
def rec(n):
    return n if n == 0 else eval("rec(n - 1)") + 1
print(rec(15))
src = "lambda k: eval('k * 2')"
print(eval(src)(21))
print(eval("[eval(str(i)) for i in range(4)]"))
exec("def f():\n    return eval('g()')\ndef g():\n    return 'g called'\n")
print(f())
try:
    eval("eval('1 / 0')")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    exec("exec('raise KeyError(5)')")
except KeyError as e:
    print("KeyError", e)
try:
    eval("eval('(')")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
endless = {"src": "exec(src)"}
try:
    exec(endless["src"], endless)
except RecursionError:
    print("RecursionError from endless exec")
print(eval("'still working'"))
