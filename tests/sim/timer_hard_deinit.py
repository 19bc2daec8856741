# A hard Timer handler that stops its own timer: the heap is locked in hard
# handlers, and the first method call on a type fills lazy caches, which must
# not make `t.deinit()` raise MemoryError. MicroPython-specific (machine):
# the expected output is timer_hard_deinit.exp.
from machine import Timer
import time

n = [0]


def tick(t):
    n[0] += 1
    if n[0] == 5:
        t.deinit()


Timer(period=20, callback=tick)
while n[0] < 5:
    time.sleep_ms(5)
time.sleep_ms(200)
print("ticks", n[0])
