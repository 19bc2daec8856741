# Linux HAL: a blink on GPIO16 (gpio-sim line 0), each level read back with lhv-value, by
# hand and by a Timer. Runs in the VM of run_linux.py; compared with gpio_blink.exp, since
# there is no CPython counterpart (real GPIO lines).
import os
import time
from machine import Pin, Timer

led = Pin(16, Pin.OUT, value=0)
print(led)
os.system("lhv-value 0")
for i in range(2):
    led.on()
    os.system("lhv-value 0")
    led.off()
    os.system("lhv-value 0")
led.toggle()
print(led.value())
os.system("lhv-value 0")
led(0)
print(led(), led.value())
os.system("lhv-value 0")

# A Timer toggles it: 5 toggles, 20 ms apart, on the real clock.
count = [0]


def tick(t):
    led.toggle()
    count[0] += 1
    if count[0] == 5:
        t.deinit()


t0 = time.ticks_ms()
Timer(period=20, callback=tick, hard=False)
while count[0] < 5:
    time.sleep_ms(5)
dt = time.ticks_diff(time.ticks_ms(), t0)
print(count[0], 90 <= dt < 1000)
os.system("lhv-value 0")   # an odd count of toggles from 0: high

# Pin(name) and Pin((chip label, offset)) are the same line and the same Pin.
print(Pin("GPIO16") is led, Pin(("lhv-sim", 0)) is led)
led.deinit()
