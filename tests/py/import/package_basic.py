# import: a package runs its __init__ once and has __name__, __package__, __path__, __file__, __doc__
import sys
import _pkg
print(_pkg.__name__, _pkg.__package__, _pkg.VALUE)
print(_pkg.__doc__)
print(type(_pkg.__path__).__name__, len(_pkg.__path__))
print(_pkg.__path__[0].replace(sys.path[0], "DIR"))
print(_pkg.__file__.replace(sys.path[0], "DIR"))
import _pkg
import _pkg as again
print(again is _pkg, sys.modules["_pkg"] is _pkg)
print(type(_pkg).__name__)
print(repr(_pkg).replace(sys.path[0], "DIR"))
print(hasattr(_pkg, "mod_b"))
import _pkg.mod_b
print(hasattr(_pkg, "mod_b"), _pkg.mod_b.B, _pkg.mod_b.__package__)
print(_pkg.mod_b.__file__.replace(sys.path[0], "DIR"))
print(hasattr(_pkg.mod_b, "__path__"))
print(_pkg.mod_b.__doc__)
import _docmod, _nodoc
print(_docmod.__doc__, _nodoc.__doc__)
print(_docmod.__package__ == "", _docmod.__name__)
print(sorted(k for k in ("_pkg", "_pkg.mod_b", "_pkg.mod_a") if k in sys.modules))
