# Golden picture: the SSD1306 showing text and a frame through examples/lib/ssd1306.py.
from machine import I2C, Pin
import ssd1306
import time
i2c = I2C(0, scl=Pin(5), sda=Pin(4))
oled = ssd1306.SSD1306_I2C(128, 64, i2c)
oled.fill(0)
oled.rect(0, 0, 128, 64, 1)
oled.text("Hello, board!", 8, 8)
oled.text("issue 9", 8, 24)
oled.fill_rect(8, 44, 60, 8, 1)
oled.show()
print("shown")
time.sleep(10)
