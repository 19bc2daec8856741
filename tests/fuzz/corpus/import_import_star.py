# import: from module import * binds public names but not underscore-prefixed ones
from _imp_helper import *
print(CONST, NAME, double(3), Greeter("star").greet())
print(get_const(), items)
try:
    _private
except NameError:
    print("NameError: _private not imported by *")
try:
    _imp_helper
except NameError:
    print("NameError: module name itself not bound")
import _imp_helper
print(_imp_helper._private)
print(double is _imp_helper.double)
