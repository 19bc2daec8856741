# micropython.schedule (MicroPython-only, so a .exp file): callbacks run at the next safe point (a call, a backward jump, a sleep), in order, bounded queue, exceptions propagate
import micropython, time
log = []
def cb(a):
    log.append(a)
    if a == 2:
        micropython.schedule(cb, 'nested')   # queued: callbacks never nest
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)   # this call is a safe point: 1 runs just before it
snapshot = log[:]             # no call or jump here: 2 still waits
print('queued', snapshot)
time.sleep_ms(0)
print('after sleep', log)     # 2 ran at the next call (print), then what 2 queued

# a loop's backward jump is a safe point too
log.clear()
micropython.schedule(cb, 'loop')
i = 0
while i < 3:
    i += 1
print('after loop', log)

# the queue is bounded: fill it from inside a callback, where nothing runs
def filler(_):
    n = 0
    try:
        for i in range(20):
            micropython.schedule(cb, i)
            n += 1
    except RuntimeError as e:
        print(type(e).__name__, e, n)
log.clear()
micropython.schedule(filler, None)
time.sleep_us(1)
print('drained', log)

# an exception in a callback propagates into the running code; later ones stay queued
def bad(a):
    raise ValueError(a)
log.clear()
def queue_two(_):
    micropython.schedule(bad, 'boom')
    micropython.schedule(cb, 'kept')
micropython.schedule(queue_two, None)
try:
    time.sleep(0)
except ValueError as e:
    print(type(e).__name__, e, log)
time.sleep(0)
print('kept ran', log)
try:
    micropython.schedule(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
