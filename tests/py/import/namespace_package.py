# import: a directory without __init__.py is a namespace package with __path__ and no file
import sys
import _nspkg.inner.nsmod
print(_nspkg.inner.nsmod.NS)
print(_nspkg.__name__, _nspkg.inner.__name__)
print(_nspkg.__file__, _nspkg.inner.__file__)
print(len(_nspkg.__path__), [p.replace(sys.path[0], "DIR") for p in _nspkg.__path__])
print(_nspkg.__package__, _nspkg.inner.__package__, _nspkg.inner.nsmod.__package__)
from _nspkg.inner import nsmod
print(nsmod is _nspkg.inner.nsmod)
from _nspkg import inner
print(inner.nsmod.NS)
try:
    import _nspkg.missing
except ImportError as e:
    print(type(e).__name__, e)
print(_nspkg.inner.nsmod.__file__.replace(sys.path[0], "DIR"))
