# import: relative import errors: no known parent package, beyond top-level, missing relative names
import sys
def show(f):
    try:
        r = f()
        print("ok", getattr(r, "__name__", r))
    except ImportError as e:
        print(type(e).__name__, str(e).replace(sys.path[0], "DIR"))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
def exec_in(src, ns):
    exec(src, ns)
show(lambda: exec_in("from . import x", {}))
show(lambda: exec_in("from . import x", {"__name__": "__main__"}))
show(lambda: exec_in("from .x import y", {"__name__": "toplevel"}))
show(lambda: exec_in("from .. import x", {"__name__": "toplevel"}))
show(lambda: exec_in("from . import x", {"__package__": ""}))
show(lambda: __import__("x", {}, None, [], 1))
show(lambda: __import__("x", None, None, [], 1))
show(lambda: __import__("x", {"__name__": "solo"}, None, [], 1))
show(lambda: __import__("mod_b", {"__package__": "_pkg"}, None, [], 2))
show(lambda: __import__("mod_b", {"__package__": "_pkg.sub"}, None, [], 4))
show(lambda: __import__("nope", {"__package__": "_pkg"}, None, ["x"], 1))
show(lambda: __import__("_pkg.sub.toofar"))
print("_pkg.sub.toofar" in sys.modules)
show(lambda: __import__("_pkg.sub.missing_rel"))
print("_pkg.sub.missing_rel" in sys.modules, "_pkg.sub" in sys.modules)
show(lambda: __import__("x", {"__package__": 5}, None, [], 1))
show(lambda: __import__("x", {"__package__": "_pkg"}, None, [], -1))
show(lambda: exec_in("from . import sibling", {"__package__": "_pkg.sub"}))
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
