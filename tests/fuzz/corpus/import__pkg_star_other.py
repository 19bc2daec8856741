# helper: a submodule not listed in __all__
print("other loaded")
