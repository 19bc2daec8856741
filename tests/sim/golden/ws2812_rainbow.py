# Golden picture: the 8 WS2812s of the strip in rainbow colours, through neopixel.
from machine import Pin
import neopixel
import time
np = neopixel.NeoPixel(Pin("GP22"), 8)
for i in range(8):
    h = i * 6 // 8
    c = [(255, 0, 0), (255, 160, 0), (255, 255, 0), (0, 255, 0), (0, 0, 255), (160, 0, 255)][h]
    np[i] = c
np.write()
print("rainbow")
time.sleep(10)
