# The program behind pot.scn: reads the pot on GP26 through machine.ADC and
# prints the reading when it changes, polling every 50 ms. The Pico's 12-bit
# ADC scaled to 0..65535 as rp2 does (raw 2048 reads 32776).
import time
from machine import ADC, Pin

pot = ADC(Pin(26))
last = None
print("ready")
while True:
    v = pot.read_u16()
    if v != last:
        print("pot", v, "raw", v >> 4)
        last = v
    time.sleep_ms(50)
