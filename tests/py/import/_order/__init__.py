# helper: a package whose __init__ imports one of its own submodules
print("order init start", __name__)
from . import first
print("order init end, first is", first.NAME)
