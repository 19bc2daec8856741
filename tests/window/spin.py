# tests/window/spin.py: the compute loop docs/window.md times with and without the
# board window (not a test: run by hand, see "Cost" there).
import time
def work():
    s = 0.0
    for i in range(600000):
        s += (i * 0.5) ** 0.5
    return s
best = 1e9
for r in range(5):
    t = time.ticks_us()
    work()
    best = min(best, time.ticks_diff(time.ticks_us(), t))
print(best / 1000, "ms")
