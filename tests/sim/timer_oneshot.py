# heap: 64K
# Fired one-shot Timers hold nothing (issue 8): a debounce that starts a new
# one-shot per press must run forever in a small fixed heap. Output compared
# with timer_oneshot.exp (no CPython counterpart for a board).
from machine import Timer
import time

count = 0


def cb(t):
    global count
    count += 1


# 10,000 one-shots, never deinit()ed: each fires and is dropped.
for i in range(10000):
    Timer(-1, mode=Timer.ONE_SHOT, period=1, callback=cb)
    time.sleep_ms(2)
print("fired", count)

# Re-arming a one-shot from its own (soft: init allocates) callback.
rearms = 0


def again(t):
    global rearms
    rearms += 1
    if rearms < 5000:
        t.init(mode=Timer.ONE_SHOT, period=1, callback=again, hard=False)


Timer(-1, mode=Timer.ONE_SHOT, period=1, callback=again, hard=False)
time.sleep_ms(6000)
print("rearmed", rearms)

# A fired one-shot's handle and tag go to the next timer: deinit() of the
# old one must not stop the new one.
old = Timer(-1, mode=Timer.ONE_SHOT, period=1, callback=cb)
time.sleep_ms(2)
ticks = 0


def tick(t):
    global ticks
    ticks += 1


new = Timer(-1, mode=Timer.PERIODIC, period=10, callback=tick)
old.deinit()
old.deinit()
time.sleep_ms(55)
print("periodic after old.deinit:", ticks)
new.deinit()
time.sleep_ms(50)
print("after deinit:", ticks)

# A one-shot deinit()ed before it fires never fires.
hit = []
t = Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=lambda t: hit.append(1))
t.deinit()
time.sleep_ms(10)
print("cancelled:", hit)
