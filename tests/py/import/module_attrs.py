# import: module attributes: reading, setting, module globals seen by module functions
import _imp_helper as m
print(m.__name__, m.CONST)
m.CONST = 100
print(m.get_const())
print(m.bump(), m.CONST)
m.extra = "new"
print(m.extra, getattr(m, "extra"), hasattr(m, "extra"))
setattr(m, "dyn", 5)
print(m.dyn)
del m.dyn
print(hasattr(m, "dyn"))
CONST = "main's CONST"
print(m.get_const(), CONST)
def double(x):
    return "main double"
print(m.double(2), double(2))
try:
    m.missing_attr
except AttributeError:
    print("AttributeError for missing module attribute")
print(__name__)
import _imp_other
print(_imp_other.quadruple(1), _imp_other.helper_module().CONST)
