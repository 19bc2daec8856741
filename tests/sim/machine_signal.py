# machine.Signal and machine.PinBase as upstream's extmod/machine_signal.py and
# machine_pinbase.py check them, plus Signal over real Pins (machine-api.md §4).
# Compared with machine_signal.exp.
import machine
from machine import Pin, Signal


class MyPin(machine.PinBase):
    def __init__(self):
        print("__init__")
        self.v = 0

    def value(self, v=None):
        print("value:", v)
        if v is None:
            return self.v
        self.v = int(v)


p = MyPin()
s = Signal(p)
s.value(0)
print(p.v, s.value())
s.value(1)
print(p.v, s.value())
p = MyPin()
s = Signal(p, invert=True)
s.off()
print(p.v, s.value())
s.on()
print(p.v, s.value())
print(s())
s(0)
print(p.v)

# the documented quirk: value= set on the Pin first, or through the Signal
print(Signal(Pin(15, Pin.OUT, value=0), invert=True)())
print(Signal(15, Pin.OUT, value=0, invert=True)())
led = Signal("GP15", Pin.OUT, invert=True)
led.on()
print(Pin(15).value())
led.off()
print(Pin(15).value())
