# micropython module (MicroPython-only, so a .exp file): const, decorators, opt_level, heap lock, stack_use, kbd_intr
import micropython
X = micropython.const(5)
print(X, micropython.const('s'))
@micropython.native
def f(x):
    return x + 1
@micropython.viper
def g(x):
    return x * 2
print(f(1), g(2), f.__name__)
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.stack_use() > 0, type(micropython.stack_use()).__name__)
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_locked(), micropython.heap_unlock(), micropython.heap_unlock(),
      micropython.heap_unlock())
micropython.kbd_intr(-1)
micropython.kbd_intr(3)
print(micropython.alloc_emergency_exception_buf(100))
try:
    micropython.const()
except TypeError:
    print('TypeError')
import umicropython
print(umicropython is micropython)
