# import: plain import of a helper module in the same directory and use of its names
print("before import")
import _imp_helper
print("after import")
print(_imp_helper.CONST, _imp_helper.NAME, _imp_helper.items)
print(_imp_helper.double(21), _imp_helper.get_const())
g = _imp_helper.Greeter("world")
print(g.greet())
print(type(_imp_helper).__name__, _imp_helper.__name__)
print(_imp_helper._private)
print(_imp_helper.load_count)
import _imp_helper
print("second import printed nothing")
import sys, _imp_other
print(_imp_other.OTHER, _imp_other.quadruple(3))
print(_imp_other.helper_module() is _imp_helper)
print(hasattr(_imp_helper, "double"), hasattr(_imp_helper, "nope"))
print(callable(_imp_helper.double), isinstance(g, _imp_helper.Greeter))
