# Linux HAL: a button on GPIO17 (gpio-sim line 1) pressed with lhv-pull; the pull-up/down
# bias of Pin(); edge irqs (soft and hard) delivered while sleeping, while computing in a
# loop, and flags(). Runs in the VM of run_linux.py; compared with gpio_button.exp, since
# there is no CPython counterpart (real GPIO lines).
import os
import time
from machine import Pin

btn = Pin(17, Pin.IN)
os.system("lhv-pull 1 up")
print(btn.value())
os.system("lhv-pull 1 down")
print(btn.value())

# Bias: gpio-sim takes the line's pull from the request.
p = Pin(18, Pin.IN, Pin.PULL_UP)
print(p, p.value())
p.init(pull=Pin.PULL_DOWN)
print(p, p.value())
p.deinit()

# Edge irq, both edges; the handler reads the level it runs at.
seen = []
irq = btn.irq(lambda p: seen.append(p.value()), Pin.IRQ_RISING | Pin.IRQ_FALLING)
os.system("lhv-pull 1 up")
time.sleep_ms(50)
print(seen, irq.flags() == Pin.IRQ_RISING)
os.system("lhv-pull 1 down")
time.sleep_ms(50)
print(seen, irq.flags() == Pin.IRQ_FALLING)

# Falling only: a rising edge is not reported.
seen.clear()
btn.irq(lambda p: seen.append("fall"), Pin.IRQ_FALLING)
os.system("lhv-pull 1 up")
time.sleep_ms(30)
os.system("lhv-pull 1 down")
time.sleep_ms(30)
print(seen)

# An edge wakes a long sleep's handler at once (the sleep itself goes on),
# and reaches a loop that never touches the board (polled at safe points).
# The hard handler must not allocate: it stores into a list made beforehand.
when = [0]


def hard(p):
    when[0] = time.ticks_ms()


btn.irq(hard, Pin.IRQ_RISING, hard=True)
os.system("(sleep 0.2; lhv-pull 1 up) &")
t0 = time.ticks_ms()
while not when[0]:
    pass
print("loop saw the edge", 150 <= time.ticks_diff(when[0], t0) < 2000)
os.system("lhv-pull 1 down")
flag = []
btn.irq(lambda p: flag.append(time.ticks_ms()), Pin.IRQ_RISING)
os.system("(sleep 0.2; lhv-pull 1 up) &")
t0 = time.ticks_ms()
time.sleep_ms(600)
print("sleep ran it", len(flag), 150 <= time.ticks_diff(flag[0], t0) < 550)

# irq off: no more reports.
btn.irq(None)
flag.clear()
os.system("lhv-pull 1 down")
time.sleep_ms(30)
print(flag)
btn.deinit()
