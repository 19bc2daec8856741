# Golden picture: led1 at half brightness through PWM, the RGB LED orange, the
# sensors moved by the scenario.
from machine import PWM, Pin
import time
PWM(Pin("GP15"), freq=1000, duty_u16=32768)
PWM(Pin("GP16"), freq=1000, duty_u16=65535)   # red
PWM(Pin("GP17"), freq=1000, duty_u16=26000)   # some green
print("dimmed")
time.sleep(10)
