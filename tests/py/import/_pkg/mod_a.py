# helper: a module of _pkg that uses relative imports of its siblings
print("mod_a init", __name__, __package__)
from . import mod_b
from .mod_b import fb
from .sub import leaf
A = "a"
