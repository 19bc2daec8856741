# import: module objects: attributes, __dict__, repr, dir, and making one by calling the module type
import sys
ModuleType = type(sys)
m = ModuleType("made")
print(m.__name__, m.__doc__, repr(m))
print(sorted(m.__dict__))
m.x = 1
print(m.x, m.__dict__["x"], "x" in dir(m))
del m.x
try:
    del m.x
except AttributeError as e:
    print("AttributeError", e)
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
d = ModuleType("with_doc", "the doc")
print(d.__doc__)
import _docmod
print(repr(_docmod).replace(sys.path[0], "DIR"))
print(repr(sys))
print(_docmod.__dict__ is vars(_docmod))
names = dir(_docmod)
print(names == sorted(names), "X" in names, "__name__" in names, "__file__" in names)
_docmod.added = "new"
import _docmod as same
print(same.added)
print(isinstance(_docmod, ModuleType), type(_docmod).__name__)
try:
    ModuleType()
except TypeError as e:
    print("TypeError", e)
try:
    ModuleType(5)
except TypeError as e:
    print("TypeError", e)
g = {}
exec("import _docmod\nresult = _docmod.X + 1", g)
print(g["result"])
print(_docmod.__name__, _docmod.__package__, _docmod.__file__.endswith("_docmod.py"))
