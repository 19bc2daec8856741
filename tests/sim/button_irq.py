# A button IRQ debounced in Python: btn2's contacts chatter for 2 ms after each
# change (press and release), so raw edges come in bursts. Each edge restarts a
# 10 ms one-shot Timer; when it fires the level has settled and is read.
# Compared with button_irq.exp: a board has no CPython counterpart.
import time
from machine import Pin, Timer
import sim

btn = Pin("GP13", Pin.IN, Pin.PULL_UP)
deb = Timer(-1)
raw = 0
stable = 1
presses = []


def settle(t):
    global stable
    v = btn.value()
    if v != stable:
        stable = v
        if v == 0:
            presses.append(sim.now_us() // 1000)


def on_edge(p):
    global raw
    raw += 1
    deb.init(mode=Timer.ONE_SHOT, period=10, callback=settle, hard=False)


btn.irq(on_edge, Pin.IRQ_FALLING | Pin.IRQ_RISING)
for at in (100, 400, 700):
    sim.press("btn2", at_ms=at)
    sim.release("btn2", at_ms=at + 150)
time.sleep_ms(1000)
print("presses at ms:", presses)
print("raw edges:", raw)
print("level:", btn.value())
btn.irq(None)
sim.press("btn2")
time.sleep_ms(20)
print("after irq(None):", len(presses), raw, btn.value())
