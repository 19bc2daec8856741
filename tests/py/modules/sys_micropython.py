# sys.implementation and print_exception are MicroPython-only (a .exp file): name, _mpy, version tuple, print_exception to a file
import sys, io
print(sys.implementation.name, type(sys.implementation._mpy).__name__, len(sys.implementation.version))
print(sys.implementation[0], len(sys.implementation) >= 2)
try:
    1 / 0
except ZeroDivisionError as e:
    buf = io.StringIO()
    sys.print_exception(e, buf)
    lines = buf.getvalue().split('\n')
    print(lines[0], lines[-2], repr(lines[-1]))
try:
    sys.print_exception(5)
except TypeError as e:
    print(type(e).__name__)
import usys
print(usys is sys)
