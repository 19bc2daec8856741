# import: import statements run by exec bind names in the namespace exec was given
ns = {}
exec("import _pkg.mod_b", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["_pkg"].mod_b.B)
ns = {}
exec("import _pkg.mod_b as b\nfrom _pkg.sub import sibling as s", ns)
print(ns["b"].__name__, ns["s"].S)
loc = {}
exec("import _star_all\nfrom _pkg import VALUE", {}, loc)
print(sorted(loc), loc["VALUE"])
g = {"__name__": "_pkg.sub.virtual"}
exec("from . import sibling\nfrom .. import mod_b", g)
print(g["sibling"].__name__, g["mod_b"].__name__)
g = {"__package__": "_pkg"}
exec("from .sub.sibling import S", g)
print(g["S"])
def in_function():
    exec("import _docmod")
    return "_docmod" in locals()
print(in_function())
class C:
    import _docmod as doc
    from _pkg import VALUE
print(C.doc.__name__, C.VALUE)
print(eval("__import__('_docmod').X"))
