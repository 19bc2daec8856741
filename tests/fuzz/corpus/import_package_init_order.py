# import: the order modules of a package run in: parents first, each once, __init__ importing its children
import sys
print("before")
import _order.inner.leaf
print("after leaf", _order.inner.leaf.LEAF)
print(sorted(k for k in sys.modules if k.startswith("_order")))
import _order.second
print(_order.second.SECOND)
from _order import first, second, inner
print(first.NAME, second.SECOND, inner.__name__)
import _order
print(sorted(n for n in dir(_order) if not n.startswith("__")))
print(_order.first is sys.modules["_order.first"])
