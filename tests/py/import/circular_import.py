# import: circular imports: a partially initialised module is visible; from-imports of it fail
import sys
import _cycle_a
print(_cycle_a.EARLY, _cycle_a.LATE, _cycle_a._cycle_b.B_DONE)
print(sys.modules["_cycle_b"]._cycle_a is _cycle_a)
try:
    import _cycle_c
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "DIR"))
    print(e.name, e.path.replace(sys.path[0], "DIR"))
print("_cycle_c" in sys.modules, "_cycle_d" in sys.modules)
try:
    import _cycle_d
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "DIR"))
print("_cycle_c" in sys.modules, "_cycle_d" in sys.modules)
try:
    from _cycle_a import NOT_THERE
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "DIR"))
