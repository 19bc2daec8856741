# gc.mem_free/mem_alloc/threshold (MicroPython-only, so a .exp file): positive ints that move with allocation and collection
import gc
gc.collect()
f0, a0 = gc.mem_free(), gc.mem_alloc()
print(type(f0).__name__, type(a0).__name__, f0 > 0, a0 > 0)
keep = [bytearray(1000) for i in range(50)]
print(gc.mem_alloc() > a0 + 40000)
keep = None
(lambda: 0)()   # reuses C stack words the comprehension left (a conservative scan would keep the list: 32-bit gcc leaves one)
gc.collect()
print(gc.mem_alloc() < a0 + 40000)
print(gc.threshold())
gc.threshold(10000)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
import ugc
print(ugc is gc)
