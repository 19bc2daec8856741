"""The _pkg test package (a helper, not a test)."""
print("_pkg init", __name__, __package__)
VALUE = "pkg value"
_private = "hidden"
