# ws2812_rainbow.py: a rainbow running along a strip of WS2812 ("NeoPixel") LEDs.
#
#   build/micropython examples/ws2812_rainbow.py
#
# The strip (strip) has 8 pixels, its data input on GP22. neopixel sends the
# colours down that one wire; each pixel keeps the first one and passes the
# rest on. Colours are (red, green, blue), 0..255 each.
from machine import Pin
import neopixel
import time

PIXELS = 8
LEVEL = 255          # a real strip at full power dazzles (and draws 60 mA a pixel): try 64

strip = neopixel.NeoPixel(Pin("GP22"), PIXELS)


def wheel(pos):
    # A position 0..255 around the colour wheel: red -> green -> blue -> red.
    pos %= 256
    if pos < 85:
        r, g, b = 255 - pos * 3, pos * 3, 0
    elif pos < 170:
        pos -= 85
        r, g, b = 0, 255 - pos * 3, pos * 3
    else:
        pos -= 170
        r, g, b = pos * 3, 0, 255 - pos * 3
    return (r * LEVEL // 255, g * LEVEL // 255, b * LEVEL // 255)


print("a rainbow on", PIXELS, "pixels")
offset = 0
while True:
    for i in range(PIXELS):
        strip[i] = wheel(i * 256 // PIXELS + offset)   # the whole wheel along the strip
    strip.write()
    offset = (offset + 8) % 256                       # turn it a little each frame
    time.sleep_ms(40)                                 # 25 frames a second
