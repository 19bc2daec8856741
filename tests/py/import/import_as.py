# import: import ... as and from ... import ... as aliases
import _imp_helper as h
print(h.NAME, h.double(5))
import _imp_helper as h2
print(h is h2)
from _imp_helper import double as dbl, CONST as C
print(dbl(8), C)
from _imp_helper import Greeter as G
print(G("alias").greet())
import sys as system
print(type(system.argv).__name__)
import _imp_other as o, _imp_helper as hh
print(o.quadruple(2), hh is h)
try:
    _imp_helper
except NameError:
    print("NameError: only the alias is bound")
def use_alias():
    import _imp_helper as local_h
    return local_h.get_const()
print(use_alias())
print("local_h" in globals())
