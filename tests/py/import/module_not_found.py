# import: ModuleNotFoundError and ImportError messages, with their name and path attributes
import sys
def show(src):
    try:
        exec(src, {})
        print("imported", src)
    except ImportError as e:
        print(type(e).__name__, "|", str(e).replace(sys.path[0], "DIR"), "|", e.name, "|",
              e.path.replace(sys.path[0], "DIR") if e.path else e.path)
show("import _no_such_module")
show("import _no_such_module.sub")
show("import _pkg.no_such_sub")
show("import _pkg.mod_b.deeper")
show("import _pkg.mod_b.deeper.deepest")
show("from _no_such_module import x")
show("from _pkg import no_such_name")
show("from _pkg.mod_b import no_such_name")
show("from _star_all import not_listed, no_such")
show("from sys import no_such_name")
show("import _pkg.sub.no_such")
show("from _pkg.sub import no_such")
show("import _imp_helper.sub")
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
try:
    import _no_such_module
except ModuleNotFoundError as e:
    print(e.args, e.msg if hasattr(e, "msg") else "no msg")
print("_no_such_module" in sys.modules, "_pkg.no_such_sub" in sys.modules)
for name in ("_nope_a", "_nope_b"):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print("missing", e.name)
