# The SSD1306 driver of examples/lib (on framebuf and machine.I2C) drawing text: the
# display model's visible pixels (sim.pixels, MONO_VLSB like the driver's buffer) must
# equal the framebuf the driver drew, pixel for pixel; then invert, power off, a flipped
# panel, and the same over SoftI2C. Compared with i2c_ssd1306.exp (no CPython counterpart).
from machine import I2C, SoftI2C, Pin
import sim
import ssd1306


def show(buf, w=128, rows=16):
    # The top rows as text, for the .exp file.
    for y in range(rows):
        print("".join("#" if buf[x + (y // 8) * w] >> (y % 8) & 1 else "." for x in range(48)))


i2c = I2C(0, scl=Pin(5), sda=Pin(4))
oled = ssd1306.SSD1306_I2C(128, 64, i2c)
oled.fill(0)
oled.text("Hello", 0, 0)
oled.text("I2C sim", 8, 10)
oled.rect(0, 20, 128, 44, 1)
oled.line(0, 63, 127, 20, 1)
oled.show()
px = sim.pixels("oled")
print(px == bytes(oled.buffer), sum(bin(b).count("1") for b in px))
show(px)
print(sim.pixel("oled", 0, 20), sim.pixel("oled", 1, 21), sim.pixel("oled", 200, 0))

oled.invert(1)
print("inverted:", sim.pixels("oled") == bytes(b ^ 0xFF for b in oled.buffer))
oled.invert(0)
oled.poweroff()
print("off:", sim.pixels("oled") == bytes(1024))
oled.poweron()
oled.contrast(10)
print("on:", sim.pixels("oled") == bytes(oled.buffer))

# Turned half a turn: the panel shows the buffer rotated by 180 degrees.
oled.rotate(True)
ok = all(sim.pixel("oled", x, y) == oled.pixel(127 - x, 63 - y) for y in range(0, 64, 3) for x in range(0, 128, 5))
print("rotated:", ok)
oled.rotate(False)
i2c.deinit()

s = SoftI2C(scl=Pin(5), sda=Pin(4))
t0 = sim.now_us()
oled = ssd1306.SSD1306_I2C(128, 64, s)
oled.fill(0)
oled.text("soft", 40, 30)
oled.show()
print("soft:", sim.pixels("oled") == bytes(oled.buffer), sim.now_us() - t0 > 20000)
