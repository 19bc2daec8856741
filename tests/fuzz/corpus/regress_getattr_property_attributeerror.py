# Regression: an AttributeError raised by a property made getattr(o, name, default) and hasattr raise instead of answering "absent"
class A:
    @property
    def x(self):
        raise AttributeError("computed attribute is missing")
    @property
    def y(self):
        raise KeyError("other errors propagate")

a = A()
print(getattr(a, "x", "default"), hasattr(a, "x"))
try:
    getattr(a, "y", "default")
except KeyError as e:
    print(type(e).__name__, e.args)
try:
    hasattr(a, "y")
except KeyError as e:
    print(type(e).__name__, e.args)

# with a __getattr__, the property's AttributeError leads to it
class B(A):
    def __getattr__(self, name):
        return "from __getattr__ " + name
print(getattr(B(), "x", "default"))
