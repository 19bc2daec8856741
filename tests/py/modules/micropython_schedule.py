# micropython.schedule (MicroPython-only, so a .exp file): callbacks run at the next safe point (a sleep), in order, queue limit, exceptions propagate
import micropython, time
def cb(a):
    print('cb', a)
    if a == 2:
        micropython.schedule(cb, 'nested')
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
print('before')
time.sleep_ms(0)
print('after')
n = 0
try:
    for i in range(20):
        micropython.schedule(cb, i)
        n += 1
except RuntimeError as e:
    print(type(e).__name__, e, n)
time.sleep_us(1)
def bad(a):
    raise ValueError(a)
micropython.schedule(bad, 'boom')
micropython.schedule(cb, 'kept')
try:
    time.sleep(0)
except ValueError as e:
    print(type(e).__name__, e)
time.sleep(0)
try:
    micropython.schedule(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
