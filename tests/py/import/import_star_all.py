# import: from m import * honours __all__ (also listing submodules), else skips names starting with _
ns = {}
exec("from _star_all import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from _star_plain import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(ns["func"](), ns["Klass"].__name__, ns["sys"].__name__)
ns = {}
exec("from _pkg.star import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(ns["part"].P, ns["TOP"])
import sys
print("_pkg.star.part" in sys.modules, "_pkg.star.other" in sys.modules)
try:
    exec("from _star_bad import *", {})
except TypeError as e:
    print("TypeError", e)
try:
    exec("from _star_missing import *", {})
except AttributeError as e:
    print("AttributeError", e)
ns = {}
exec("from _pkg import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
from _star_all import *
print(shown, _also_shown)
try:
    not_listed
except NameError as e:
    print("NameError", e)
class Holder:
    exec("from _star_all import *")
print(Holder.shown)
try:
    exec("def f():\n    from _star_all import *\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
loc = {}
exec("from _star_all import *", {}, loc)
print(sorted(loc))
