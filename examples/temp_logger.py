# temp_logger.py: a BME280 weather sensor shown on the OLED and logged to the
# console every 2 seconds.
#
#   build/micropython examples/temp_logger.py      (in the window: drag env's sliders)
#
# Both parts share I2C0 (SDA GP4, SCL GP5): the OLED at 0x3C, the BME280 (env)
# at 0x76. The log is one line per reading, easy to paste into a spreadsheet:
#   time_s,temperature_C,pressure_hPa,humidity_pct
import sys
sys.path.append(sys.path[0] + "/lib")   # the drivers in examples/lib (on a board: /lib)

from machine import I2C, Pin
import time
import bme280
import ssd1306

INTERVAL_MS = 2000

i2c = I2C(0, scl=Pin(5), sda=Pin(4), freq=400_000)
print("I2C devices:", [hex(a) for a in i2c.scan()])
oled = ssd1306.SSD1306_I2C(128, 64, i2c)
sensor = bme280.BME280(i2c, addr=0x76)

low = high = None
start = next_reading = time.ticks_ms()
print("time_s,temperature_C,pressure_hPa,humidity_pct")
while True:
    t, p, h = sensor.read()                  # degrees C, hPa, % relative humidity
    low = t if low is None else min(low, t)
    high = t if high is None else max(high, t)
    elapsed = time.ticks_diff(time.ticks_ms(), start) / 1000
    print("%.1f,%.2f,%.2f,%.1f" % (elapsed, t, p, h))

    oled.fill(0)
    oled.text("Weather", 36, 0)
    oled.hline(0, 10, 128, 1)
    oled.text("Temp %6.1f C" % t, 0, 16)
    oled.text("Press %6.1f hPa" % p, 0, 28)
    oled.text("Humid %5.1f %%" % h, 0, 40)
    oled.text("lo %.1f  hi %.1f" % (low, high), 0, 54)   # 16 characters fill the width
    oled.show()

    # Sleep until the next reading is due, whatever this one took: no drift.
    next_reading = time.ticks_add(next_reading, INTERVAL_MS)
    time.sleep_ms(max(0, time.ticks_diff(next_reading, time.ticks_ms())))
