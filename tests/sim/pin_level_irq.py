# Pin IRQ_LOW_LEVEL / IRQ_HIGH_LEVEL fire as hardware's do: on entering the
# level, at once when enabled with the pin at the level, and again each time
# the handler returns while the level holds (one board access, 1 us, per
# re-check), until the level changes or the handler turns the irq off.
# Compared with pin_level_irq.exp (no CPython counterpart).
from machine import Pin
import time
import sim

btn = Pin("GP14", Pin.IN, Pin.PULL_UP)   # btn1 pulls it to ground while pressed
n = 0
first = []


def count(p):
    global n
    n += 1
    if len(first) < 3:
        first.append(sim.now_us() // 1000)


# Held low for 1 ms: the handler runs once per microsecond of it.
btn.irq(count, Pin.IRQ_LOW_LEVEL)
start = sim.now_us() // 1000
sim.press("btn1", at_ms=start + 10)
sim.release("btn1", at_ms=start + 11)
time.sleep_ms(20)
print("held 1 ms:", n, "calls, the first at", [t - start for t in first], "ms")
print("flags", btn.irq().flags() == Pin.IRQ_LOW_LEVEL)

# A handler that turns the irq off ends the storm.
n = 0


def three(p):
    global n
    n += 1
    if n == 3:
        p.irq(None)


btn.irq(three, Pin.IRQ_LOW_LEVEL)
sim.press("btn1")
time.sleep_ms(5)
print("off after", n)
sim.release("btn1")
time.sleep_ms(5)

# Enabled while the level holds: fires at once. The classic pattern switches
# the trigger to the other level in the handler, so each fires once per change.
log = bytearray(8)
k = 0


def flip_hard(p):
    global k
    v = p.value()
    if k < len(log):
        log[k] = v
        k += 1
    p.irq(handler=flip_hard, trigger=Pin.IRQ_HIGH_LEVEL if v == 0 else Pin.IRQ_LOW_LEVEL)


btn.irq(flip_hard, Pin.IRQ_HIGH_LEVEL)    # the pin is high now
time.sleep_ms(1)
sim.press("btn1")
time.sleep_ms(1)
sim.release("btn1")
time.sleep_ms(1)
sim.press("btn1")
time.sleep_ms(1)
print("levels seen", list(log[:k]))
btn.irq(None)
sim.release("btn1")

# A hard level handler runs with the heap locked and still repeats.
hits = [0]


def hard(p):
    hits[0] += 1


btn.irq(hard, Pin.IRQ_LOW_LEVEL, hard=True)
start = sim.now_us() // 1000
sim.press("btn1", at_ms=start + 1)
sim.release("btn1", at_ms=start + 3)
time.sleep_ms(5)
print("hard", hits[0])

# Edge triggers fire once per edge, however long the level holds.
edges = [0]
btn.irq(lambda p: edges.__setitem__(0, edges[0] + 1), Pin.IRQ_FALLING)
sim.press("btn1")
time.sleep_ms(3)
sim.release("btn1")
time.sleep_ms(3)
print("edges", edges[0])
