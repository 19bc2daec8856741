# import: sys.modules caches modules: hand-made entries are returned, deleting one re-imports, None blocks
import sys
import _counted
first = _counted
import _counted
print(first is _counted)
del sys.modules["_counted"]
import _counted
print(first is _counted, first.COUNT, _counted.COUNT)
class Fake:
    attr = "fake attribute"
sys.modules["_handmade"] = Fake()
import _handmade
print(type(_handmade).__name__, _handmade.attr)
from _handmade import attr
print(attr)
sys.modules["_handmade"] = 42
import _handmade as h
print(h)
from _handmade import real
print(real)
del sys.modules["_handmade"]
try:
    import _handmade
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
sys.modules["_blocked"] = None
try:
    import _blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _blocked import x
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["_blocked"]
mod = type(sys)("_synthetic")
mod.value = "synthetic value"
sys.modules["_synthetic"] = mod
import _synthetic
print(_synthetic.value, _synthetic is mod)
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__)
import _pkg
sys.modules["_pkg.fake_sub"] = "a fake submodule"
from _pkg import fake_sub
print(fake_sub)
import _pkg.fake_sub
print(hasattr(_pkg, "fake_sub"))
