# import: from-import of functions, constants and classes, and name binding semantics
from _imp_helper import double, CONST, Greeter
print(double(4), CONST, Greeter("from").greet())
from _imp_helper import (NAME,
                         items,
                         get_const)
print(NAME, items, get_const())
from _imp_helper import bump
print(bump(), CONST)
import _imp_helper
print(_imp_helper.CONST, get_const())
items.append(4)
print(_imp_helper.items)
try:
    from _imp_helper import does_not_exist
except ImportError as e:
    print("ImportError for missing name")
print("done")
