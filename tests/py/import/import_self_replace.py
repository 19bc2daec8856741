# import: a module may replace its own sys.modules entry; the import statement returns the replacement
import sys
import _self_replace
print(type(_self_replace).__name__, _self_replace.name)
print(sys.modules["_self_replace"] is _self_replace)
from _self_replace import name
print(name)
import _self_replace as again
print(again is _self_replace)
print(__import__("_self_replace") is _self_replace)
