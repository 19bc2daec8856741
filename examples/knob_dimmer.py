# knob_dimmer.py: a potentiometer dims an LED: ADC in, PWM out.
#
#   build/micropython examples/knob_dimmer.py      (in the window: drag pot1's slider)
#
# The pot's wiper (pot1) is on GP26, ADC channel 0; the red LED (led1) on GP15.
# read_u16() gives 0..65535 and duty_u16() takes the same range, so the
# reading is the brightness. A change of more than 1% is printed.
from machine import ADC, Pin, PWM
import time

knob = ADC(Pin(26))
led = PWM(Pin(15), freq=1000)     # 1 kHz: far too fast for the eye to see flicker

shown = -1
while True:
    level = knob.read_u16()
    led.duty_u16(level)
    percent = (level * 100 + 32767) // 65535    # rounded to the nearest %
    if abs(percent - shown) > 1:
        print("brightness", percent, "%")
        shown = percent
    time.sleep_ms(20)             # 50 readings a second is plenty for a hand
