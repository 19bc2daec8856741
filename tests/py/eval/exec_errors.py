# exec: TypeError for bad arguments, SyntaxError from strings, and exceptions raised inside
def show(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: exec(1))
show(lambda: exec(None))
show(lambda: exec("1", 1))
show(lambda: exec("1", []))
show(lambda: exec("1", {}, 1))
show(lambda: exec("1", None, "s"))
show(lambda: exec())
show(lambda: exec("1", {}, {}, {}))
show(lambda: exec("1", globals={}))
show(lambda: exec("1", {}, locals={}))
show(lambda: exec("1", bogus=1))
show(lambda: exec("1", closure=None))
show(lambda: exec("raise ValueError('inside')"))
show(lambda: exec("1/0"))
show(lambda: exec("undefined_name"))
show(lambda: exec("import _no_such_module_here"))
show(lambda: exec("x = [1]\nx[5]"))
show(lambda: exec("assert False, 'message'"))
show(lambda: exec("raise KeyError('k')"))
show(lambda: exec("return 1"))
show(lambda: exec("break"))
show(lambda: exec("continue"))
show(lambda: exec("def f(a, a): pass"))
show(lambda: exec("nonlocal q"))
show(lambda: exec("x +=  1 +"))
show(lambda: exec("if True:\nprint(1)"))
show(lambda: exec("if True:\n    a = 1\n  b = 2"))
show(lambda: exec("  indented = 1"))
show(lambda: exec("a\x00b"))
def src(text):
    try:
        exec(text)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
src("x = (1,\n     2")
src("a = 1\nb = 2\nc d")
src("for x in y:")
src("return 5")
src("def f():\n    x = 1\n    global x")
src("class C:\n    yield_ = 1\n    break")
src("f(x for x in y, 1)")
src("x = 'é' +")
src("del f()")
try:
    exec("def g():\n    raise IndexError('deep')\ng()")
except IndexError as e:
    print("IndexError", e)
class Custom(Exception):
    pass
try:
    exec("raise Custom('mine')", {"Custom": Custom})
except Custom as e:
    print("Custom", e)
try:
    exec("try:\n    1/0\nfinally:\n    print('finally ran')")
except ZeroDivisionError:
    print("propagated")
