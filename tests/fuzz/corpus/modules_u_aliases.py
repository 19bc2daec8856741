# MicroPython's u-prefixed module names give the same module objects (C and frozen modules); CPython has none
import sys
for name in ['os', 'time', 'sys', 'gc', 'io', 'heapq']:
    m = __import__(name)
    u = __import__('u' + name)
    print(name, u is m, sys.modules['u' + name] is m)
try:
    import unosuchmodule
except ImportError as e:
    print(type(e).__name__, e)
