# import: a module that raises while importing is removed from sys.modules and runs again next time
import sys
try:
    import _raises
except ValueError as e:
    print("ValueError", e)
print("_raises" in sys.modules)
try:
    import _raises
except ValueError as e:
    print("again", e)
try:
    from _raises import PARTIAL
except ValueError as e:
    print("from", e)
try:
    import _bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    print(e.filename.replace(sys.path[0], "DIR"))
print("_bad_syntax" in sys.modules)
def via_function():
    try:
        import _raises
    except ValueError:
        return "caught in function"
print(via_function())
try:
    __import__("_raises")
except ValueError as e:
    print("__import__", e)
try:
    exec("import _raises", {})
except ValueError as e:
    print("exec", e)
import _pkg
try:
    import _pkg.sub.toofar
except ImportError as e:
    print(type(e).__name__, e)
print(hasattr(_pkg.sub, "toofar"), "_pkg.sub" in sys.modules, "_pkg.sub.toofar" in sys.modules)
