# showcase.py: most of the board at once: what `make run` shows.
#
#   build/micropython examples/showcase.py        (make run opens it in a window)
#
#   pot1 (GP26, ADC 0)     dims the red LED led1 (GP15, PWM)
#   btn1 (GP14)            switches the strip between a rainbow and a chase
#   sw1  (GP12)            lights out: 1 turns the strip off
#   env  (BME280, I2C0)    the temperature colours the RGB LED (GP16-18):
#                          blue below 18 C, green up to 26 C, red above
#   oled (SSD1306, I2C0)   shows the time, the weather, the knob and the mode
#   led  (on-board)        a heartbeat from a Timer, whatever the loop does
#   strip (8 WS2812, GP22) the rainbow or the chase
#
# Everything runs from one loop that never blocks for long; only the button
# and the heartbeat use interrupts.
import sys
sys.path.append(sys.path[0] + "/lib")   # the drivers in examples/lib (on a board: /lib)

from machine import ADC, I2C, Pin, PWM, RTC, Timer
import neopixel
import time
import bme280
import ssd1306

# ---- the parts ----
knob = ADC(Pin(26))
dimmed = PWM(Pin(15), freq=1000, duty_u16=0)
button = Pin("GP14", Pin.IN, Pin.PULL_UP)
lights_out = Pin("GP12", Pin.IN)
rgb = [Pin(n, Pin.OUT, value=0) for n in ("GP16", "GP17", "GP18")]   # red, green, blue
heart = Pin("LED", Pin.OUT, value=0)
strip = neopixel.NeoPixel(Pin("GP22"), 8)
i2c = I2C(0, scl=Pin(5), sda=Pin(4), freq=400_000)
oled = ssd1306.SSD1306_I2C(128, 64, i2c)
sensor = bme280.BME280(i2c)
rtc = RTC()

# ---- interrupts: keep them short, leave the work to the loop ----
beats = 0


def heartbeat(t):
    # Every 100 ms: on for one tick in ten, a blip once a second.
    global beats
    beats = (beats + 1) % 10
    heart.value(beats == 0)


Timer(-1, period=100, callback=heartbeat)

presses = 0
last_press = 0


def on_press(pin):
    # Ignore edges within 50 ms of the last one: the contact's bounce.
    global presses, last_press
    now = time.ticks_ms()
    if time.ticks_diff(now, last_press) > 50:
        presses += 1
    last_press = now


button.irq(on_press, Pin.IRQ_FALLING)

# ---- the pictures ----


def wheel(pos):
    pos %= 256
    if pos < 85:
        return (255 - pos * 3, pos * 3, 0)
    if pos < 170:
        pos -= 85
        return (0, 255 - pos * 3, pos * 3)
    pos -= 170
    return (pos * 3, 0, 255 - pos * 3)


def draw_strip(mode, frame):
    if lights_out.value():
        strip.fill((0, 0, 0))
    elif mode == "rainbow":
        for i in range(8):
            strip[i] = wheel(i * 32 + frame * 8)
    else:                                    # chase: one blue pixel running along
        strip.fill((0, 0, 16))
        strip[frame % 8] = (0, 64, 255)
    strip.write()


def show_temperature(t):
    colour = (0, 0, 1) if t < 18 else (0, 1, 0) if t <= 26 else (1, 0, 0)
    for pin, on in zip(rgb, colour):
        pin.value(on)


def draw_screen(t, h, percent, mode):
    _, _, _, _, hours, minutes, seconds, _ = rtc.datetime()
    oled.fill(0)
    oled.text("micropython", 20, 0)
    oled.text("%02d:%02d:%02d" % (hours, minutes, seconds), 32, 12)
    oled.hline(0, 22, 128, 1)
    oled.text("%.1f C  %.0f %%" % (t, h), 0, 28)
    oled.text("knob", 0, 40)
    oled.rect(40, 40, 88, 8, 1)
    oled.fill_rect(42, 42, percent * 84 // 100, 4, 1)
    oled.text("off" if lights_out.value() else mode, 0, 54)
    oled.show()


# ---- the loop ----
modes = ("rainbow", "chase")
mode = modes[0]
shown_presses = 0
shown_percent = -1
was_out = lights_out.value()
frame = 0
print("showcase ready")
while True:
    level = knob.read_u16()
    dimmed.duty_u16(level)
    percent = (level * 100 + 32767) // 65535
    if abs(percent - shown_percent) > 1:
        print("knob", percent, "%")
        shown_percent = percent

    if presses != shown_presses:             # the handler counted; the loop acts
        shown_presses = presses
        mode = modes[presses % 2]
        print("mode", mode)
    if lights_out.value() != was_out:
        was_out = lights_out.value()
        print("lights out" if was_out else "lights on")

    draw_strip(mode, frame)
    if frame % 20 == 0:                      # once a second: the sensor and the screen
        t, p, h = sensor.read()
        show_temperature(t)
        draw_screen(t, h, percent, mode)
    if frame % 100 == 0:                     # every 5 s: a line for the log
        print("log %.1f C %.1f hPa %.0f %%" % (t, p, h))
    frame += 1
    time.sleep_ms(50)
