# ImportError: name, path and msg attributes, the name= and path= keywords, subclass relations
e = ImportError("message")
print(e.args, e.name, e.path, e.msg)
e = ImportError("message", name="modname", path="/some/path.py")
print(e.args, e.name, e.path, str(e))
e = ImportError(name="only_name")
print(e.args, e.name, e.path, e.msg, repr(str(e)))
e = ImportError("a", "b")
print(e.args, e.msg)
e = ModuleNotFoundError("mnf", name="m")
print(type(e).__name__, e.name, isinstance(e, ImportError))
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print("TypeError", err)
try:
    ValueError("x", name="n")
except TypeError as err:
    print("TypeError", err)
e = ImportError("settable")
e.name = "changed"
e.path = "p"
print(e.name, e.path)
try:
    raise ImportError("raised", name="rn")
except ImportError as caught:
    print(caught.name, caught)
try:
    import _no_module_by_this_name
except ImportError as caught:
    print(type(caught).__name__, caught.name, caught.path, caught.msg)
print(ModuleNotFoundError.__bases__[0].__name__, ImportError.__bases__[0].__name__)
