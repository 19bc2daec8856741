# machine.Timer as upstream's extmod/machine_timer.py checks it (without unittest):
# distinct virtual timers, deinit twice, re-init, callback counts, ONE_SHOT,
# hard callbacks with the heap locked. Compared with machine_timer.exp.
import time
import micropython
from machine import Timer

a, b = Timer(-1), Timer(-1)
print(a is not b)
a.deinit()
a.deinit()
for i in range(256):
    a.init(freq=1)
a.deinit()
print("256 inits ok")

count = 0


def cb(t):
    global count
    count += 1


for kw, per in ((dict(freq=50), 20), (dict(freq=25), 40), (dict(period=20), 20), (dict(period=40), 40)):
    for ms in (0, 10, 20, 40, 20):
        for mode in (Timer.PERIODIC, Timer.ONE_SHOT):
            count = 0
            t = Timer(-1, mode=mode, callback=cb, **kw)
            time.sleep_ms(ms)
            t.deinit()
            want = ms // per
            if mode == Timer.ONE_SHOT:
                want = min(want, 1)
            if count != want:
                print("FAIL", kw, ms, mode, count, want)
print("counts ok")

res = [0, 0]


def hard_cb(t):
    res[0] += 1
    try:
        res[1] = [0]           # allocates: the heap is locked in a hard callback
    except MemoryError:
        res[1] = -1


t = Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=hard_cb, hard=True)
time.sleep_ms(10)
print("hard:", res)
res = [0, 0]
t = Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=hard_cb, hard=False)
time.sleep_ms(10)
print("soft:", res[0], res[1] == [0])

t = Timer(-1, mode=Timer.ONE_SHOT, period=1)   # no callback: expiry raises
try:
    time.sleep_ms(2)
except TypeError as e:
    print("TypeError")
print(repr(Timer(-1, period=1000)).startswith("Timer(mode=PERIODIC"))
try:
    Timer(-1, mode=7, period=1)
except ValueError as e:
    print("ValueError:", e)
