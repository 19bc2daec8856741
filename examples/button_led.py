# button_led.py: each press of the button toggles the LED, debounced in software.
#
#   build/micropython examples/button_led.py       (in the window: click btn2)
#
# The button (btn2, on GP13) connects its pin to ground while pressed, so with
# the pull-up the pin reads 1 when idle and 0 when pressed. Its contacts bounce
# for a couple of milliseconds, like a real button's: read twice, 20 ms apart,
# so one press toggles the LED once.
from machine import Pin
import time

led = Pin("GP15", Pin.OUT, value=0)         # the red LED (led1)
button = Pin("GP13", Pin.IN, Pin.PULL_UP)   # pressed = 0

print("press the button on GP13")
while True:
    if button.value() == 0:                 # pressed, or only a bounce?
        time.sleep_ms(20)                   # let the contacts settle
        if button.value() == 0:             # still pressed: a real press
            led.toggle()
            print("LED on" if led.value() else "LED off")
            while button.value() == 0:      # wait for the release...
                time.sleep_ms(10)
            time.sleep_ms(20)               # ...and let it settle too
    time.sleep_ms(5)
