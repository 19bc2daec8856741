# vcd
# PWM on the board: an LED faded with duty_u16 (its brightness follows the duty),
# duty_ns, invert, freq shared by a slice, deinit, an RGB LED, errors. The trace
# holds one real-valued duty per setting (scope pwm), not every edge.
# Compared with pwm_fade.exp and pwm_fade.vcd.exp (no CPython counterpart).
import time
from machine import Pin, PWM
import sim

led = PWM(Pin(15), freq=1000, duty_u16=0)
print(led)
for duty in range(0, 65536, 16384):
    led.duty_u16(duty)
    time.sleep_ms(10)
    print(duty, sim.brightness("led1"), sim.state("led1"))
led.duty_u16(65535)
print("full", sim.brightness("led1"))
led.duty_ns(250000)
print("duty_ns", led.duty_ns(), led.duty_u16(), sim.brightness("led1"))
led.freq(2000)      # the duty given in ns stays in ns
print("2 kHz", led.freq(), led.duty_ns(), led.duty_u16())
led.init(invert=True, duty_u16=16384)
print("inverted", led, sim.brightness("led1"))
led.deinit()
print("deinit", led, sim.brightness("led1"), sim.state("led1"))

# GP16, GP17 and GP18 drive rgb1; GP16 and GP17 are slice 0's A and B.
r = PWM(Pin(16), freq=500, duty_u16=65535)
g = PWM("GP17", duty_u16=32768)
b = PWM(Pin(18), freq=20000, duty_u16=0)
print("slice freq", r.freq(), g.freq(), b.freq())
g.freq(1000)
print("retuned", r.freq(), g.freq())
print("rgb", sim.brightness("rgb1"))
onboard = PWM(Pin("LED"))          # no freq given: the slice's default
print(onboard, onboard.duty_u16())

for bad in (lambda: PWM(Pin(15), freq=1),
            lambda: PWM(Pin(15), freq=100_000_000),
            lambda: PWM(Pin(15), duty_u16=70000),
            lambda: PWM(Pin(15), duty_u16=1, duty_ns=1),
            lambda: PWM(23),
            lambda: PWM(99),
            lambda: PWM(Pin(15), 1000),
            lambda: sim.brightness("btn1")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
