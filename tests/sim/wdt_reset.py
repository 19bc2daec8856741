# Board resets: a WDT that is fed, then starved, resets the board and the
# script runs again from the start with reset_cause() WDT_RESET; then
# machine.reset() (HARD_RESET) and deepsleep(ms) (DEEPSLEEP_RESET, the clock
# advanced). The parts keep their state (sw1), the MCU's pins do not (the
# LED goes off), RTC memory survives. Compared with wdt_reset.exp.
import time
import machine
from machine import Pin, WDT, RTC
import sim

cause = machine.reset_cause()
print("run", cause, "at", sim.now_us() // 1000, "ms; led1", sim.state("led1"), "sw1", sim.state("sw1"))
if cause == machine.PWRON_RESET:
    Pin(15, Pin.OUT, value=1)
    sim.set("sw1", 1)
    RTC().memory(b"kept")
    try:
        WDT(timeout=10000)
    except ValueError as e:
        print("ValueError", e)
    wdt = WDT(timeout=100)
    for i in range(5):
        time.sleep_ms(60)
        wdt.feed()
    print("fed until", sim.now_us() // 1000)
    try:
        while True:         # starved: reset 100 ms after the last feed
            pass
    except Exception:
        print("not reached: a reset is not an Exception")
elif cause == machine.WDT_RESET:
    print("memory", RTC().memory())
    machine.reset()
elif cause == machine.HARD_RESET:
    machine.deepsleep(2000)
else:
    print("woke from deepsleep", cause == machine.DEEPSLEEP_RESET)
