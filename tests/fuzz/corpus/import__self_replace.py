# helper: replaces its own entry in sys.modules
import sys
class Replacement:
    name = "replacement object"
sys.modules[__name__] = Replacement()
