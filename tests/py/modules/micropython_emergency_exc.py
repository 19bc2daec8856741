# micropython.alloc_emergency_exception_buf (MicroPython-only, so a .exp file): with the heap locked, raised exceptions keep their type (and message while the buffer lasts), not MemoryError
import micropython

L = []
D = {}
z = 0


class MyError(Exception):
    pass


def fail(i):
    if i == 0:
        raise ValueError("msg")
    if i == 1:
        return 1 // z
    if i == 2:
        return L[1]
    if i == 3:
        return D['k']
    if i == 4:
        raise KeyError
    if i == 5:
        raise MyError("mine")
    raise OSError(2, "no such file")


def locked(i):
    micropython.heap_lock()
    try:
        fail(i)
    except Exception as e:
        micropython.heap_unlock()
        return e
    micropython.heap_unlock()


def twice():
    # Two raises in one locked stretch: the first spends the buffer's room, the
    # second gets the spare instance (its type, no message) until heap_unlock.
    got = [None, None]
    micropython.heap_lock()
    try:
        fail(0)
    except Exception as e:
        got[0] = e
    try:
        fail(3)
    except Exception as e:
        got[1] = e
    micropython.heap_unlock()
    return got


print("unarmed:", [type(locked(i)).__name__ for i in range(7)])
micropython.alloc_emergency_exception_buf(256)
for i in range(7):
    e = locked(i)
    print(type(e).__name__, e.args)
print([(type(e).__name__, e.args) for e in twice()])
print([(type(e).__name__, e.args) for e in twice()])
micropython.alloc_emergency_exception_buf(0)
print("disarmed:", [type(locked(i)).__name__ for i in range(7)])
try:
    micropython.alloc_emergency_exception_buf(-1)
except ValueError as e:
    print("ValueError", e)
