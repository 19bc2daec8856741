# Bad requests get a clear Python exception naming the pin or the part, never a
# crash. Compared with errors.exp.
from machine import Pin, Timer, Signal
import sim


def check(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: Pin(99))
check(lambda: Pin(-1))
check(lambda: Pin("nope"))
check(lambda: Pin(1.5))
check(lambda: Pin(23))                  # the power supply's pin
check(lambda: Pin("GPIO29", Pin.IN))
check(lambda: Pin(2, 9))
check(lambda: Pin(2, Pin.IN, 7))
check(lambda: Pin(2, Pin.ANALOG))       # no ADC on GPIO2
check(lambda: Pin(2).irq(5))
check(lambda: Pin(2, bogus=1))
check(lambda: Timer(99))
check(lambda: Timer(-1, freq=0))
check(lambda: Timer(-1, period=-5))
check(lambda: Signal())
check(lambda: sim.press("nobody"))
check(lambda: sim.press("led"))
check(lambda: sim.state(3))
check(lambda: Pin())
