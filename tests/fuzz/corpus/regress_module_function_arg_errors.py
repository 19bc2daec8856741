# argument-count errors of C module functions name them module.function, as CPython's METH_O/NOARGS functions
import time
for f in [lambda: time.sleep(), lambda: time.time(1), lambda: time.sleep(x=1), lambda: len()]:
    try:
        f()
    except TypeError as e:
        print(e)
