# Linux HAL: errors name the line or chip and the cause: an unknown line, number or chip,
# an offset past the chip's end, a line held by another process (naming its consumer),
# modes the character device lacks, irq on an output, buses not wired. Runs in the VM of
# run_linux.py; compared with gpio_errors.exp, since there is no CPython counterpart.
import os
import time
from machine import Pin


def attempt(f):
    try:
        f()
        print("no error")
    except OSError as e:
        print("OSError", e.errno, e.args[1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


attempt(lambda: Pin(99))
attempt(lambda: Pin("NOPE"))
attempt(lambda: Pin(("nochip", 0)))
attempt(lambda: Pin(("lhv-sim", 10)))
attempt(lambda: Pin(("lhv-sim", -1)))
attempt(lambda: Pin(("lhv-sim",)))
attempt(lambda: Pin(16, Pin.ALT))
attempt(lambda: Pin(16, Pin.OUT).irq(lambda p: 0))
Pin(16).deinit()

# Unnamed lines are "<chip>:<offset>"; the chip's name or its label finds them.
chip = os.getenv("LHV_GPIO_CHIP")
u = Pin((chip, 8))
print(repr(u) == "Pin(%s:8, mode=IN)" % chip, Pin(("lhv-sim", 8)) is u, Pin(chip + ":8") is u)
u.deinit()

# A line another process holds: EBUSY naming the consumer.
# (Waits until gpioinfo shows the line taken, then free again: a fixed sleep
# lost the race once on a loaded host.)
HELD = "gpioinfo $LHV_GPIO_CHIP | grep -q '\"gpioset\"'"
os.system("gpioset --mode=signal $LHV_GPIO_CHIP 4=1 & echo $! >/tmp/gpioset.pid; "
          "for i in $(seq 100); do %s && break; sleep 0.05; done" % HELD)
attempt(lambda: Pin(20, Pin.OUT))
os.system("kill $(cat /tmp/gpioset.pid); for i in $(seq 100); do %s || break; sleep 0.05; done"
          % HELD)
attempt(lambda: Pin(20, Pin.OUT))
Pin(20).deinit()
