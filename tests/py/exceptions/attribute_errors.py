# exceptions: AttributeError on instances, classes, builtins and after deletion
class P:
    cls = 1
    def __init__(self):
        self.x = 1
p = P()
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    P.nope
except AttributeError:
    print("AttributeError on class")
try:
    (5).real_not
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError:
    print("AttributeError after del")
try:
    None.anything
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).x = 2
except AttributeError:
    print("AttributeError setting attr on int")
print(getattr(p, "y", "fallback"), hasattr(p, "cls"))
class Lazy:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
lz = Lazy()
print(lz.auto_value)
try:
    lz.other
except AttributeError as e:
    print("custom AttributeError", e.args)
print(hasattr(lz, "auto_x"), hasattr(lz, "other"))
