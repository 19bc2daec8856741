# the class __dict__ is a read-only mapping proxy of the namespace
class A:
    """Doc of A."""
    x = 1
    def f(self):
        return 2

d = A.__dict__
print(type(d).__name__)
print(d["x"], "f" in d, "y" in d, d.get("y", "none"))
print(sorted(k for k in d if not k.startswith("__")))
print(d["__doc__"], d["__module__"])
try:
    d["x"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)

# a live view: later class changes show through
A.y = 3
print(d["y"], "y" in A.__dict__)
print(sorted(k for k in d.keys() if not k.startswith("__")))
print(sorted(repr(v) for k, v in d.items() if k in ("x", "y")))
print(len(d) == len(list(d)))
c = d.copy()
print(type(c).__name__, c["x"])

# instance dict is a plain dict
a = A()
a.z = 1
print(type(a.__dict__).__name__, a.__dict__)

# __dict__ of a subclass does not include base attributes
class B(A):
    w = 0
print("x" in B.__dict__, "w" in B.__dict__)

# vars()
print(sorted(k for k in vars(B) if not k.startswith("__")))
print(vars(a))
print(A.__doc__, B.__doc__)
