# import: which names each form of import binds, and how `as` resolves a dotted module
import sys
import _pkg.sub.sibling
print("_pkg" in globals(), "sub" in globals(), "sibling" in globals())
import _pkg.sub.sibling as leaf
print(leaf.__name__, "leaf" in globals())
from _pkg.sub import sibling
print(sibling is leaf)
import _pkg.mod_b
real_b = _pkg.mod_b
_pkg.mod_b = "shadowing attribute"
import _pkg.mod_b as via_as
print(via_as)
from _pkg import mod_b as via_from
print(via_from)
_pkg.mod_b = real_b
import _pkg.mod_b as restored
print(restored is real_b)
del _pkg.sub
import _pkg.sub.sibling as again
print(again is leaf, hasattr(_pkg, "sub"))
import _star_all, _docmod as d, _pkg.mod_b as mb
print(_star_all.shown, d.X, mb.B)
def scoped():
    import _docmod
    from _pkg import VALUE as v
    return sorted(locals())
print(scoped())
print("_docmod" in globals())
for i in range(3):
    import _counted
print(_counted.COUNT)
class K:
    import _docmod
    from _pkg.sub import sibling as sib
print(K._docmod.X, K.sib.S)
try:
    import _pkg.VALUE
except ImportError as e:
    print(type(e).__name__, e)
