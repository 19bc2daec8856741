# helper: __all__ names a submodule that `from _pkg.star import *` must import
__all__ = ["part", "TOP"]
TOP = "top"
UNLISTED = "unlisted"
