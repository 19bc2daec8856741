# import: sys.path is a list; adding a directory to it makes its modules importable
import sys
print(type(sys.path).__name__, len(sys.path) > 0)
try:
    import pathmod
    print("unexpectedly imported")
except ImportError:
    print("ImportError before path change")
sys.path.insert(0, "mods")
import pathmod
print(pathmod.WHERE, pathmod.hello())
print(sys.path[0])
sys.path.pop(0)
print("mods" in sys.path)
import pathmod as again
print(again is pathmod)
print("pathmod" in sys.modules)
