# helper: an __all__ naming something that does not exist
__all__ = ["here", "absent"]
here = 1
