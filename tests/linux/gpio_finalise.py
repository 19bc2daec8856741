# Linux HAL: a Pin nobody holds gives its line back when it is collected (its finaliser
# releases the request), while Pin(n) stays the same object as long as anyone holds one:
# Pin.cpu makes Pins on demand and does not keep them. A Pin with an irq, in a Signal or
# in a SoftSPI stays alive, so keeps its line. Runs in the VM of run_linux.py; compared
# with gpio_finalise.exp, since there is no CPython counterpart (real GPIO lines).
import gc
import os
from machine import Pin, Signal, SoftSPI


def free(line):
    # True when another consumer (gpioget) can request the line.
    return os.system("gpioget $LHV_GPIO_CHIP %d >/dev/null 2>&1" % line) == 0


def make(n):
    # The Pin is made in another frame, so no stale reference stays in this one.
    Pin(n, Pin.OUT, value=1)


p = Pin(19, Pin.OUT, value=1)
print(Pin(19) is p, Pin("GPIO19") is p, Pin.cpu.GPIO19 is p, Pin(("lhv-sim", 3)) is p)
print("GPIO19" in dir(Pin.cpu), "GPIO23" in dir(Pin.cpu))
gc.collect()
print(free(3))                      # held: p is alive
p = None
gc.collect()
print(free(3))                      # collected: the line is back
make(20)
gc.collect()
print(free(4))
os.system("gpioinfo $LHV_GPIO_CHIP | grep -w GPIO20 | tr -s ' \t' ' '")

# Held by an irq handler's registration, a Signal and a SoftSPI: kept.
Pin(18, Pin.IN).irq(lambda p: None, Pin.IRQ_RISING)
s = Signal(Pin(17, Pin.OUT), invert=True)
spi = SoftSPI(baudrate=100000, sck=Pin(21), mosi=Pin(22), miso=Pin(23))
gc.collect()
print(free(2), free(1), free(5), free(6))
s.on()
os.system("lhv-value 1")
Pin(18).irq(None)
s = spi = None
gc.collect()
print(free(2), free(1), free(5), free(6))

try:
    Pin.cpu.NOPE
except AttributeError as e:
    print("AttributeError", e)

# Many short-lived Pins, collections among them: each line is free again after.
for i in range(300):
    q = Pin(16 + i % 8, Pin.IN)
    if i % 37 == 0:
        gc.collect()
q = None
gc.collect()
print([free(n) for n in range(8)] == [True] * 8)

# Pins made without a request (Pin.cpu) and a replaced machine._pins: errors, no crash.
import machine
print(Pin.cpu.GPIO16.value() in (0, 1))
machine._pins = 5
try:
    Pin(16)
except RuntimeError as e:
    print("RuntimeError", e)
