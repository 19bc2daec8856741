# import: sys.path and a package's __path__ can be extended at run time to find more modules
import sys
try:
    import extra_pkg
except ImportError as e:
    print(type(e).__name__, e)
sys.path.append("mods")
import extra_pkg
import extra_pkg.deep
print(extra_pkg.EXTRA, extra_pkg.deep.DEEP, extra_pkg.__file__.endswith("mods/extra_pkg/__init__.py"))
import _pkg
try:
    import _pkg.added
except ImportError as e:
    print(type(e).__name__, e)
_pkg.__path__.append("mods/_pkg_more")
import _pkg.added
print(_pkg.added.ADDED, _pkg.added.__name__, _pkg.added.__file__.endswith("mods/_pkg_more/added.py"))
print(len(_pkg.__path__))
sys.path.remove("mods")
import extra_pkg as again
print(again is extra_pkg)
sys.path.insert(0, 123)
import _docmod
print(_docmod.__name__)
del sys.path[0]
