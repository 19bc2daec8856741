# blink.py: the "hello world" of boards: the on-board LED blinks once a second.
#
#   build/micropython examples/blink.py            (Ctrl-C stops it)
#
# On the simulated Pico the LED is GPIO25, named "LED"; on a real Pico too.
from machine import Pin
import time

led = Pin("LED", Pin.OUT)

while True:
    led.toggle()        # on, off, on...
    time.sleep_ms(500)  # half a second each way: one blink per second
