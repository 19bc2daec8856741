# tests/window: a program that waits for btn1 (GP14, to ground) to be pressed in the
# board window, then runs until the window is closed. Driven by run_window.py (no
# CPython counterpart: it needs the board window).
from machine import Pin
import time

btn = Pin("GP14", Pin.IN, Pin.PULL_UP)
print("ready", flush=True)
while btn.value():
    time.sleep_ms(5)
print("pressed", flush=True)
try:
    while True:
        pass   # a tight loop: the window must stay responsive and closable
finally:
    print("finally ran")
