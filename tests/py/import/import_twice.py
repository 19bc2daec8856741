# import: a module imported twice (and via another module) is the same object, loaded once
import sys
import _imp_helper
first = _imp_helper
import _imp_helper
print(first is _imp_helper)
import _imp_other
print(_imp_other.helper_module() is first)
from _imp_helper import double
print(double is first.double)
print("_imp_helper" in sys.modules, sys.modules["_imp_helper"] is first)
print(first.load_count)
def importer():
    import _imp_helper as inner
    return inner
print(importer() is first)
first.NEW_ATTR = "added at runtime"
import _imp_helper as again
print(again.NEW_ATTR)
print(_imp_other.OTHER)
