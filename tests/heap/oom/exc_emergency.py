# the emergency exception buffer (MicroPython-only, so a .exp file): with the heap full, exceptions raised by Python and by C keep their type, again and again
import gc, micropython
if gc.mem_free() + gc.mem_alloc() < 16000:   # at 12K this script's own code leaves too little room to work in
    print("SKIP")
    raise SystemExit
micropython.alloc_emergency_exception_buf(100)
def run(kinds, L, D):
    # Locals only: a global store could grow the module's dict in the full heap.
    keep = None
    try:   # big pieces, then the smallest, so no room is left anywhere
        while True:
            keep = [keep, [0] * 30]
    except MemoryError:
        pass
    try:
        while True:
            keep = [keep]
    except MemoryError:
        pass
    return raise_all(kinds, L, D)
def raise_all(kinds, L, D):
    last = None
    i = 0
    while i < 12:
        try:
            if i % 4 == 0:
                raise ValueError("value")
            if i % 4 == 1:
                i // 0
            if i % 4 == 2:
                L[i]
            D['key']
        except Exception as e:   # dropped at the end of the block: the next raise may reuse its room
            kinds[i] = type(e)
            last = e   # the last one is kept, to be looked at once the heap has room again
        i += 1
    return last
kinds = [None] * 12
raise_all(kinds, [], {})   # first without filling: lazily made type data exists before
kinds = [None] * 12
last = run(kinds, [], {})
gc.collect()   # stale C stack words may hold the filler until an explicit collection
print(kinds == [ValueError, ZeroDivisionError, IndexError, KeyError] * 3)
print(repr(last))
