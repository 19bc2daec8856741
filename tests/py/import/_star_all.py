# helper: __all__ limits `from _star_all import *`
__all__ = ["shown", "_also_shown"]
shown = 1
_also_shown = 2
not_listed = 3
