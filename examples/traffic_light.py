# traffic_light.py: a pedestrian crossing, written as a small state machine.
#
#   build/micropython examples/traffic_light.py    (in the window: click btn1)
#
# The cars' light is the RGB LED (rgb1: red GP16, green GP17, blue GP18 unused);
# amber is red and green together. The pedestrians have a button (btn1, GP14),
# a WAIT lamp (the red led1, GP15) and a WALK lamp (the on-board LED).
#
# The lights stay green for the cars until someone presses the button, and
# for at least MIN_GREEN_MS; then amber, then red while the people walk, then
# green again. The button only sets a flag (in its interrupt handler); the
# main loop decides, so a press at any moment is remembered, never lost.
from machine import Pin
import time

MIN_GREEN_MS = 5000

red = Pin("GP16", Pin.OUT, value=0)
green = Pin("GP17", Pin.OUT, value=0)
Pin("GP18", Pin.OUT, value=0)                   # blue: not used
wait_lamp = Pin("GP15", Pin.OUT, value=0)
walk_lamp = Pin("LED", Pin.OUT, value=0)
button = Pin("GP14", Pin.IN, Pin.PULL_UP)

# Each state: the cars' red and green, the WALK lamp, how long it lasts (ms),
# and the state after it.
STATES = {
    "green": (0, 1, 0, MIN_GREEN_MS, "amber"),
    "amber": (1, 1, 0, 2000, "red"),
    "red":   (1, 0, 1, 6000, "green"),
}

waiting = False                                 # has someone pressed the button?


def on_press(pin):
    # Runs when GP14 falls. A bouncing contact only sets the flag again.
    global waiting
    waiting = True
    wait_lamp.on()


button.irq(on_press, Pin.IRQ_FALLING)


def enter(name):
    global state, since, waiting
    state, since = name, time.ticks_ms()
    r, g, walk, _, _ = STATES[name]
    red.value(r)
    green.value(g)
    walk_lamp.value(walk)
    if name == "red":                           # the people may cross now
        waiting = False
        wait_lamp.off()
    print("cars: " + name + (", walk" if walk else ""))


enter("green")
while True:
    _, _, _, duration, after = STATES[state]
    if time.ticks_diff(time.ticks_ms(), since) >= duration:
        # Green lasts until someone waits; the others just time out.
        if state != "green" or waiting:
            enter(after)
    time.sleep_ms(50)
