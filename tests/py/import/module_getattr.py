# import: a module-level __getattr__ (PEP 562) serves attribute access and from-imports
import _dynamic
print(_dynamic.STATIC, _dynamic.dyn_hello)
from _dynamic import dyn_world
print(dyn_world)
print(getattr(_dynamic, "dyn_x"), hasattr(_dynamic, "dyn_y"), hasattr(_dynamic, "other"))
try:
    _dynamic.other
except AttributeError as e:
    print("AttributeError", e)
try:
    from _dynamic import other
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
print(getattr(_dynamic, "missing", "default"))
print("dyn_hello" in dir(_dynamic))
