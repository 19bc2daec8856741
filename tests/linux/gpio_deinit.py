# Linux HAL: a Pin holds its line (gpioget cannot read it) until deinit() gives it back;
# init() takes it again; lines are released at exit. Runs in the VM of run_linux.py;
# compared with gpio_deinit.exp, since there is no CPython counterpart (real GPIO lines).
import os
from machine import Pin

p = Pin(19, Pin.OUT, value=1)
os.system("lhv-value 3")
print(os.system("gpioget $LHV_GPIO_CHIP 3 >/dev/null 2>&1") != 0)   # busy: held by us
os.system("gpioinfo $LHV_GPIO_CHIP | grep -w GPIO19 | tr -s ' \t' ' '")
p.deinit()
print(os.system("gpioget $LHV_GPIO_CHIP 3") == 0)   # released: gpioget reads it
p.init(Pin.OUT, value=1)
os.system("lhv-value 3")
# At exit the line is released (the next program, gpioset, can take it).
q = Pin(20, Pin.OUT, value=1)
