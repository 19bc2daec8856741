# import: ImportError for missing modules and names, and recovery afterwards
try:
    import _definitely_missing_module
except ImportError as e:
    print("ImportError", isinstance(e, ImportError))
try:
    from _imp_helper import no_such_name
except ImportError:
    print("ImportError from-import of missing name")
try:
    import _missing_a
except ImportError:
    try:
        import _imp_helper as fallback
        print("fell back to", fallback.NAME)
    except ImportError:
        print("never")
print(issubclass(ImportError, Exception))
import sys
print("_definitely_missing_module" in sys.modules)
ok = []
for name in ["_imp_helper", "_nope1", "_imp_other", "_nope2"]:
    try:
        __import__(name)
        ok.append(name)
    except ImportError:
        ok.append("missing:" + name)
print(ok)
