# helper: imported by its package's __init__ while the package is half built
import _order
print("first runs; package has first yet:", hasattr(_order, "first"))
NAME = "first"
