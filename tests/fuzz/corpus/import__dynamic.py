# helper: a module __getattr__ (PEP 562)
def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
STATIC = "static"
