# fuzz seed: sys, gc, micropython, errno and time
import sys, gc, micropython, errno, time
print(sys.maxsize > 0, sys.byteorder, sys.implementation.name, len(sys.argv), type(sys.modules))
gc.collect(); a = gc.mem_alloc(); gc.disable(); x = [[i] for i in range(100)]; gc.enable(); print(gc.isenabled(), gc.threshold())
micropython.heap_lock()
try: [1] * 10
except MemoryError: print('locked')
micropython.heap_unlock(); print(micropython.opt_level(), micropython.const(5), micropython.heap_locked())
micropython.schedule(print, 'sched'); micropython.alloc_emergency_exception_buf(100)
print(errno.ENOENT, errno.errorcode[errno.EINVAL], time.ticks_diff(time.ticks_add(time.ticks_ms(), 5), time.ticks_ms()))
time.sleep_ms(1); print(sys.getrecursionlimit() if hasattr(sys, 'getrecursionlimit') else 0, sys.exc_info())
