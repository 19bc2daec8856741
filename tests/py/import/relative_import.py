# import: relative imports inside a package: from . import x, from .x import y, from .. import z
import _pkg.mod_a as a
print(a.A, a.mod_b.B, a.fb(), a.fb is a.mod_b.fb)
print(a.__package__, a.leaf.__package__)
leaf = a.leaf
print(leaf.LEAF, leaf.B, leaf.S, leaf.VALUE)
print(leaf.parent_b is a.mod_b, leaf.sibling.S)
import _pkg
print(_pkg.sub.leaf is leaf, _pkg.mod_a is a)
m = __import__("mod_b", {"__package__": "_pkg"}, None, ["fb"], 1)
print(m.__name__)
m = __import__("sibling", {"__package__": "_pkg.sub"}, None, ["S"], 1)
print(m.__name__)
m = __import__("", {"__package__": "_pkg.sub"}, None, ["leaf"], 2)
print(m.__name__)
m = __import__("mod_b", {"__name__": "_pkg.sub.leaf"}, None, ["B"], 2)
print(m.__name__)
m = __import__("sub", {"__name__": "_pkg", "__path__": []}, None, ["x"], 1)
print(m.__name__)
ns = {"__package__": "_pkg.sub"}
exec("from . import sibling\nfrom ..mod_b import B as bb", ns)
print(ns["sibling"].S, ns["bb"])
ns = {"__name__": "_pkg.sub.fake"}
exec("from .. import VALUE", ns)
print(ns["VALUE"])
