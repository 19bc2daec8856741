# A program that never touches the board after its start: a pure compute
# loop that even swallows SystemExit. The scenario still runs on board time
# (the clock moves to its next event while the program only computes) and
# still stops it (busy_exit.scn).
from machine import Pin

led = Pin("LED", Pin.OUT, value=1)
print("spinning")
n = 0
while True:
    try:
        while True:
            n += 1
    except SystemExit:
        print("swallowed SystemExit")
