# An uncaught exception while micropython.heap_lock() is in force is still reported (it used to print "error while reporting an exception"): the top level unlocks the heap, as MicroPython's REPL does. The .exp is MicroPython's output: with the heap locked the exception gets no traceback entries [exit 1]
try:
    import micropython
    lock = micropython.heap_lock
except ImportError:   # CPython: no heap lock
    def lock(): pass

e = ValueError('boom')
print('before')
lock()
raise e
