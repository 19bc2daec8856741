# helper: an inner package
print("inner init", __name__, __package__)
