# A WS2812 strip fed by machine.bitstream through the frozen neopixel module:
# a rainbow, checked through sim.pixels (the strip decodes the pin's timing);
# a bit-banged frame with other timings; errors. Compared with ws2812_rainbow.exp.
import time
import machine
from machine import Pin
import neopixel
import sim

def wheel(pos):
    pos %= 255
    if pos < 85:
        return (255 - pos * 3, pos * 3, 0)
    if pos < 170:
        pos -= 85
        return (0, 255 - pos * 3, pos * 3)
    pos -= 170
    return (pos * 3, 0, 255 - pos * 3)

np = neopixel.NeoPixel(Pin("GP22"), 8)
print(len(np), sim.pixels("strip"))
for step in range(0, 255, 85):
    for i in range(len(np)):
        np[i] = wheel(i * 255 // len(np) + step)
    t0 = sim.now_us()
    np.write()
    print("write took", sim.now_us() - t0, "us")
    time.sleep_ms(20)
    shown = sim.pixels("strip")
    print(step, shown == [wheel(i * 255 // 8 + step) for i in range(8)], shown[0], shown[7])
np.fill((1, 2, 3))
np[-1] = (9, 8, 7)
print(np[0], np[-1])
np.write()
print("not latched yet", sim.pixels("strip")[0])
time.sleep_ms(1)
print("latched", sim.pixels("strip")[0], sim.pixels("strip")[7])

# A short frame updates only the first pixels; timings of a slow WS2811.
machine.bitstream(Pin("GP22"), 0, (500, 2000, 1200, 1300), bytes([0, 255, 0]))
time.sleep_ms(1)
print("short frame", sim.pixels("strip")[:2])

for bad in (lambda: machine.bitstream(Pin(3, Pin.IN), 0, (400, 850, 800, 450), b"\x00"),
            lambda: machine.bitstream(Pin(22), 1, (400, 850, 800, 450), b"\x00"),
            lambda: machine.bitstream(Pin(22), 0, (400, 850), b"\x00"),
            lambda: sim.pixels("led1")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
