# Blink driven by a Timer, checked through the pin trace (VCD) and the LED part.
# Compared with blink_timer.exp and blink_timer.vcd.exp: a board has no CPython counterpart.
# vcd
import time
from machine import Pin, Timer
import sim

led = Pin("LED", Pin.OUT, value=0)
seen = []


def tick(t):
    led.toggle()


t = Timer(-1, freq=4, callback=tick)   # 250 ms per toggle: 2 Hz blink
for i in range(6):
    time.sleep_ms(125)
    seen.append(sim.state("led"))
time.sleep_ms(1000 - 750)
t.deinit()
print(seen)
print("after 1 s:", led.value(), sim.state("led"))
time.sleep_ms(1000)
print("stopped:", led.value())
