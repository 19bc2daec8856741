# helper: an __all__ holding a non-str
__all__ = ["ok", 5]
ok = 1
