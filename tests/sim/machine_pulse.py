# machine.time_pulse_us as upstream's extmod/machine_pulse.py checks it (PinBase
# pins), then on a simulated button held for a known time. Compared with machine_pulse.exp.
import machine
from machine import PinBase, Pin, time_pulse_us
import sim


class ConstPin(PinBase):
    def __init__(self, value):
        self.v = value

    def value(self, v=None):
        if v is None:
            return self.v
        self.v = v


class TogglePin(PinBase):
    def __init__(self):
        self.v = 0

    def value(self, v=None):
        if v is None:
            self.v = 1 - self.v
            print("value:", self.v)
            return self.v


p = TogglePin()
t = time_pulse_us(p, 1)
print(type(t))
t = time_pulse_us(p, 0)
print(type(t))
p = ConstPin(0)
print(time_pulse_us(p, 1, 10))
print(time_pulse_us(p, 0, 10))

btn = Pin("GP14", Pin.IN, Pin.PULL_UP)
now = sim.now_us() // 1000
sim.press("btn1", at_ms=now + 5)
sim.release("btn1", at_ms=now + 30)
w = time_pulse_us(btn, 0, 100000)
print(w)
print(time_pulse_us(btn, 0, 1000))
