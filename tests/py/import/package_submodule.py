# import: dotted imports bind the top package, set submodules as attributes; `as` binds the leaf
import sys
import _pkg.sub.sibling
print(_pkg.__name__, _pkg.sub.__name__, _pkg.sub.sibling.S)
print("_pkg.sub" in sys.modules, "_pkg.sub.sibling" in sys.modules)
import _pkg.sub.sibling as sib
print(sib.__name__, sib is _pkg.sub.sibling)
import _pkg.sub as s
print(s.__name__, s.sibling.S)
from _pkg.sub import sibling
print(sibling is sib)
from _pkg import sub
print(sub is s)
from _pkg.sub.sibling import S as renamed
print(renamed)
del _pkg
print("_pkg" in dir())
import _pkg.mod_b
print(_pkg.mod_b.fb())
def local_import():
    import _pkg.sub.sibling
    return _pkg.sub.sibling.S
print(local_import())
def local_as():
    import _pkg.sub.sibling as x
    return x.S
print(local_as())
m = __import__("_pkg.sub.sibling")
print(m.__name__)
m = __import__("_pkg.sub.sibling", fromlist=["S"])
print(m.__name__)
m = __import__("_pkg.sub", fromlist=["sibling"])
print(m.__name__, m.sibling.S)
