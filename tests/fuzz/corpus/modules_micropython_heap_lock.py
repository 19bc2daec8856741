# micropython.heap_lock (MicroPython-only, so a .exp file): allocation raises MemoryError while locked, nesting depth, and all works again after unlocking
import micropython


def try_while_locked(makers, failed):
    # Locals only, and no range object: code here must not allocate by itself.
    micropython.heap_lock()
    micropython.heap_lock()
    depth = micropython.heap_locked()
    i = 0
    while i < 3:
        try:
            makers[i]()
        except MemoryError:
            failed[i] = True
        i += 1
    first = micropython.heap_unlock()
    second = micropython.heap_unlock()
    third = micropython.heap_unlock()
    return depth, first, second, third


n = 10
makers = (lambda: [1] * n, lambda: 'a' * n, lambda: {'k': n})
failed = [False] * len(makers)
print(try_while_locked(makers, failed), failed)
print(len([1] * n), len('a' * n), {'k': n})
