# A blink that runs for one virtual hour: virtual time makes it finish at once.
# (The wall time is measured by hand, not asserted: see docs/board.md.)
# Compared with blink_hour.exp: a board has no CPython counterpart.
import time
from machine import Pin
import sim

led = Pin(25, Pin.OUT)
start = time.ticks_ms()
toggles = 0
for i in range(3600 * 2):
    led.toggle()
    toggles += 1
    time.sleep_ms(500)
print("toggles:", toggles)
print("virtual s:", time.ticks_diff(time.ticks_ms(), start) // 1000)
print("board s:", sim.now_us() // 1000000)
