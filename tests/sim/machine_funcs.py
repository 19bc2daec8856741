# The module functions on the board: freq, unique_id, reset_cause, idle,
# lightsleep on virtual time, disable_irq/enable_irq holding handlers back.
# Compared with machine_funcs.exp.
import time
import machine
from machine import Timer
import sim

print(machine.freq(), machine.unique_id().hex(), machine.reset_cause() == machine.PWRON_RESET)
print(machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET, machine.DEEPSLEEP_RESET, machine.SOFT_RESET)
t0 = sim.now_us()
machine.lightsleep(250)
print("lightsleep us:", sim.now_us() - t0)
fired = []
t = Timer(-1, mode=Timer.ONE_SHOT, period=3, callback=lambda t: fired.append(1), hard=False)
t0 = sim.now_us()
n = 0
while not fired:
    machine.idle()          # at most 1 ms each, or until the timer
    n += 1
print("idles until the timer:", n, sim.now_us() - t0)
t0 = sim.now_us()
machine.idle()
print("idle without events: 1 ms:", sim.now_us() - t0)
fired = []
t = Timer(-1, mode=Timer.ONE_SHOT, period=1, callback=lambda t: fired.append(1), hard=False)
state = machine.disable_irq()
time.sleep_ms(5)
print("held:", fired)
machine.enable_irq(state)
time.sleep_ms(0)
print("released:", fired)
fired = []
t = Timer(-1, mode=Timer.ONE_SHOT, period=2, callback=lambda t: fired.append(1), hard=False)
machine.lightsleep()        # until the next event
print("lightsleep() woke:", fired)
