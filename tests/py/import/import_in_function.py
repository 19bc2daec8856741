# import: imports inside functions and classes bind local names only
def f():
    import _imp_helper
    return _imp_helper.double(10)
print(f())
try:
    _imp_helper
except NameError:
    print("NameError: not bound globally")
def g():
    from _imp_helper import NAME, CONST
    return NAME, CONST
print(g())
class K:
    import _imp_helper as mod
    value = mod.CONST
print(K.value, K.mod.NAME)
def h(flag):
    if flag:
        import sys
        return len(sys.argv) >= 1
    return "no import"
print(h(True), h(False))
def cond_import():
    try:
        import _no_such_module_here
        return "found"
    except ImportError:
        return "ImportError handled locally"
print(cond_import())
