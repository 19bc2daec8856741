# The program behind the button scenarios: led1 (GP15) shows whether btn1
# (GP14, to ground) is pressed, through a pin IRQ on both edges. It runs
# forever; the scenario stops it. Driven by button_led.scn and others.
from machine import Pin
import time

led = Pin("GP15", Pin.OUT, value=0)
btn = Pin("GP14", Pin.IN, Pin.PULL_UP)
presses = 0


def edge(p):
    global presses
    pressed = p.value() == 0
    led.value(pressed)
    if pressed:
        presses += 1
        print("press", presses)


btn.irq(edge, Pin.IRQ_FALLING | Pin.IRQ_RISING)
print("ready")
while True:
    time.sleep_ms(10)
