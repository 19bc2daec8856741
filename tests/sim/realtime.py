# -X realtime: the board clock follows wall time; timers fire while sleeping and
# while computing. Compared with realtime.exp (the counts do not depend on load).
# realtime
import time
from machine import Timer

n = 0


def tick(t):
    global n
    n += 1


t = Timer(-1, period=50, callback=tick, hard=False)
t0 = time.ticks_ms()                 # just after the timer started: fires 50, 100... ms after it
time.sleep_ms(260)
print(n, time.ticks_diff(time.ticks_ms(), t0) >= 260)
t.deinit()
done = False


def finish(t):
    global done
    done = True


t = Timer(-1, mode=Timer.ONE_SHOT, period=100, callback=finish, hard=False)
t0 = time.ticks_ms()
while not done:
    pass
print("waited >= 100 ms:", time.ticks_diff(time.ticks_ms(), t0) >= 100)
