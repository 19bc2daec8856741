# time ticks (MicroPython-only, so a .exp file): ticks_ms/us/cpu, ticks_add and ticks_diff with 2**30 wraparound, sleep_ms/us
import time
a = time.ticks_ms()
time.sleep_ms(20)
d = time.ticks_diff(time.ticks_ms(), a)
print(type(a).__name__, 15 <= d < 2000)
u = time.ticks_us()
time.sleep_us(3000)
print(2500 <= time.ticks_diff(time.ticks_us(), u) < 2000000)
c = time.ticks_cpu()
print(type(c).__name__, time.ticks_diff(time.ticks_cpu(), c) >= 0)
P = 1 << 30
print(time.ticks_add(P - 1, 1), time.ticks_add(0, -1), time.ticks_add(5, P), time.ticks_add(100, 50))
print(time.ticks_diff(0, P - 1), time.ticks_diff(P - 1, 0), time.ticks_diff(10, 20), time.ticks_diff(20, 10))
print(time.ticks_diff(P // 2, 0), time.ticks_diff(P // 2 - 1, 0))
print(time.ticks_diff(time.ticks_add(12345, 1000), 12345), time.ticks_diff(time.ticks_add(12345, -1000), 12345))
for x in [0, 1, P - 1]:
    print(0 <= time.ticks_add(x, 777777) < P)
try:
    time.ticks_add('a', 1)
except TypeError:
    print('TypeError')
import utime
print(utime is time)
