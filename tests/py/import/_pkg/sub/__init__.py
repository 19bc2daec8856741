# helper: the _pkg.sub subpackage
print("sub init", __name__, __package__)
