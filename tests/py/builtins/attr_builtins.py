# builtins: getattr with default, setattr, hasattr and delattr on objects and classes
class Obj:
    cls_attr = "class-level"
    def __init__(self):
        self.a = 1
    def method(self):
        return "method result"
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"))
print(getattr(o, "method")())
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "c"), hasattr(o, "method"), hasattr(Obj, "a"))
name = "dyn_" + "x"
setattr(o, name, 42)
print(o.dyn_x, getattr(o, name))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    delattr(o, "b")
except AttributeError:
    print("AttributeError delattr")
setattr(Obj, "added", "to class")
print(o.added, Obj().added)
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "append"))
print(getattr(None, "x", "none-default"))
fields = {"x": 1, "y": 2, "z": 3}
class Rec:
    pass
r = Rec()
for k, v in fields.items():
    setattr(r, k, v * 10)
print([getattr(r, k) for k in fields])
try:
    getattr(o, 5)
except TypeError:
    print("TypeError non-str name")
try:
    setattr(5, "x", 1)
except AttributeError:
    print("AttributeError setattr on int")
