# The esp32_devkit board: its names, input-only pins, flash pins, and a pot on an ADC pin.
# Compared with esp32.exp.
# board: esp32_devkit
import machine
from machine import Pin
import sim

print(sim.board, machine.freq(), len(machine.unique_id()))
print(Pin.board.LED is Pin(2), Pin("BOOT") is Pin(0), Pin("SDA"))
btn = Pin(0, Pin.IN, Pin.PULL_UP)
print(btn.value())
sim.press("btn1")
print(btn.value())
sim.release("btn1")
for args in ((34, Pin.OUT), (35, Pin.IN, Pin.PULL_UP), (6,), (20,)):
    try:
        Pin(*args)
        print("ok", args)
    except ValueError as e:
        print("ValueError:", e)
print(Pin(34, Pin.IN))
print(sim.state("pot1"))
sim.set("pot1", 0.25)
print(sim.state("pot1"))
