# oled_clock.py: a clock on a 128x64 SSD1306 OLED, kept by the board's RTC.
#
#   build/micropython examples/oled_clock.py
#
# The OLED (oled) is on I2C0: SDA on GP4, SCL on GP5, address 0x3C. The RTC
# starts at 2021-01-01 00:00:00 on power-up, as a Pico's does; to show the real
# time, set it once with rtc.datetime((year, month, day, 0, hours, minutes,
# seconds, 0)) (the weekday is worked out). Each second the screen shows the
# date, the time in double-size digits and a bar filling up over the minute;
# the time goes to the console too.
import sys
sys.path.append(sys.path[0] + "/lib")   # the drivers in examples/lib (on a board: /lib)

from machine import I2C, Pin, RTC
import framebuf
import time
import ssd1306

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

i2c = I2C(0, scl=Pin(5), sda=Pin(4), freq=400_000)
oled = ssd1306.SSD1306_I2C(128, 64, i2c)
rtc = RTC()


def big_text(text, x, y, scale=2):
    # framebuf's font is 8x8 pixels: draw the text into a small buffer of its
    # own, then each of its pixels as a scale x scale square on the screen.
    w = 8 * len(text)
    small = framebuf.FrameBuffer(bytearray(w), w, 8, framebuf.MONO_VLSB)
    small.text(text, 0, 0, 1)
    for py in range(8):
        for px in range(w):
            if small.pixel(px, py):
                oled.fill_rect(x + px * scale, y + py * scale, scale, scale, 1)


last = -1
while True:
    year, month, day, weekday, hours, minutes, seconds, _ = rtc.datetime()
    if seconds != last:                  # redraw once a second
        last = seconds
        date = "%04d-%02d-%02d" % (year, month, day)
        clock = "%02d:%02d:%02d" % (hours, minutes, seconds)
        oled.fill(0)
        oled.text(DAYS[weekday] + " " + date, 8, 4)
        big_text(clock, 0, 24)           # 8 characters x 16 pixels: the full width
        oled.rect(4, 52, 120, 8, 1)      # the minute's progress
        oled.fill_rect(6, 54, seconds * 116 // 59, 4, 1)
        oled.show()
        print(date, clock)
    time.sleep_ms(100)
