# machine.soft_reset() on the board: SystemExit ends the program (finally
# blocks run), "MPY: soft reboot" is printed as boards do, and the program
# runs again in a fresh interpreter with reset_cause() SOFT_RESET; its timers
# and outputs were reset with the MCU. Compared with soft_reset.exp (no
# CPython counterpart).
import machine
import sim
from machine import Pin, Timer

cause = machine.reset_cause()
print("run", cause == machine.PWRON_RESET, cause == machine.SOFT_RESET, "at", sim.now_us() // 1000, "ms")
if cause == machine.PWRON_RESET:
    Pin("GP15", Pin.OUT, value=1)
    tim = Timer(-1, period=10, callback=lambda t: print("not reached: the timer was reset"))
    print("led1", sim.state("led1"))
    try:
        machine.soft_reset()
    except Exception:
        print("not reached: a reset is not an Exception")
    finally:
        print("finally")
    print("not reached")
print("led1", sim.state("led1"))
import time

time.sleep_ms(50)
print("done")
