# tests/window: a program driven through the board window by run_window.py (no
# CPython counterpart: it needs the board window). btn1 (GP14) is clicked, btn2
# (GP13) is pressed with its key "2", pot1's slider is dragged, btn1 is clicked
# again while the program sleeps (its IRQ must run during the sleep), then the
# window is closed while the program spins in a tight loop.
from machine import ADC, Pin
import sys
import time

btn = Pin("GP14", Pin.IN, Pin.PULL_UP)
btn2 = Pin("GP13", Pin.IN, Pin.PULL_UP)
knob = ADC(Pin(26))


def wait_press(pin):
    while pin.value():
        time.sleep_ms(5)
    while not pin.value():
        time.sleep_ms(5)


print("ready", flush=True)
wait_press(btn)
print("pressed", flush=True)
wait_press(btn2)   # the key "2": a tap (xdotool key) must last long enough to be seen
print("key pressed", flush=True)
print("knob", knob.read_u16(), flush=True)
wait_press(btn2)   # pressed again once the slider has been dragged
print("knob", knob.read_u16(), flush=True)


stalls = []


def stall(pin):
    # Runs as the press reaches the pin, before the loop's next read: the
    # program then stalls in a C call (a FIFO read, held 0.5 s by run_window.py)
    # and polls nothing, as under a loaded machine. The tap must still be seen.
    # Once: the contacts' bounce gives more falling edges.
    if stalls:
        return
    stalls.append(1)
    print("irq stall", flush=True)
    with open(sys.argv[1]) as f:
        f.read()


btn2.irq(stall, Pin.IRQ_FALLING)
wait_press(btn2)
btn2.irq(None)
print("stalled key pressed", flush=True)


def clicked(pin):
    print("irq at", time.ticks_diff(time.ticks_ms(), t0), "ms", flush=True)


btn.irq(clicked, Pin.IRQ_FALLING)
print("sleeping", flush=True)
t0 = time.ticks_ms()
time.sleep(4)   # the window must still answer: the click's IRQ runs in the sleep
print("slept", flush=True)
btn.irq(None)
try:
    while True:
        pass   # a tight loop: the window must stay responsive and closable
finally:
    print("finally ran")
