# Linux HAL: OPEN_DRAIN (requested with the open-drain flag; 0 pulls low), changing modes in
# place (a value written in IN mode drives once the pin turns OUT), mode()/pull() getters.
# Runs in the VM of run_linux.py; compared with gpio_modes.exp, since there is no CPython
# counterpart (real GPIO lines).
import os
from machine import Pin

od = Pin(21, Pin.OPEN_DRAIN, value=0)
print(od, od.mode() == Pin.OPEN_DRAIN)
os.system("lhv-value 5")
os.system("gpioinfo $LHV_GPIO_CHIP | grep -w GPIO21 | tr -s ' \t' ' '")
# The released level (value 1) is not checked: the kernel emulates open drain
# on gpio-sim by turning the line to input but still marks it an output, so
# gpio-sim ignores lhv-pull on it (a real line follows its pull-up).
od.deinit()

p = Pin(22, Pin.IN)
os.system("lhv-pull 6 down")
p.value(1)          # waits in the output buffer
print(p.value())
p.init(Pin.OUT)     # now drives it
os.system("lhv-value 6")
p.init(Pin.IN, Pin.PULL_UP)
print(p, p.mode() == Pin.IN, p.pull() == Pin.PULL_UP, p.value())
p.init(pull=None)
os.system("lhv-pull 6 down")
print(p, p.pull(), p.value())
p.deinit()
