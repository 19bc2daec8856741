# The BME280 at 0x76 read with examples/lib/bme280.py (forced mode, Bosch's integer
# compensation): the values set with sim.set come back within the datasheet's
# resolution; a change scheduled with at_ms shows in a later reading. Compared with
# i2c_bme280.exp (no CPython counterpart).
import time
from machine import I2C, Pin
import sim
import bme280

i2c = I2C(0, scl=Pin(5), sda=Pin(4))
env = bme280.BME280(i2c)
t, p, h = env.read()
print("%.2f %.2f %.2f" % (t, p, h))   # the board file's 21.5 degC, 1013.25 hPa, 45 %RH

sim.set("env", temperature=23.45, pressure=987.654, humidity=61.2)
t, p, h = env.read()
print("%.2f %.3f %.2f" % (t, p, h))
print(abs(t - 23.45) <= 0.01, abs(p - 987.654) <= 0.03, abs(h - 61.2) <= 0.01)

hi = bme280.BME280(i2c, temp_os=16, press_os=16, hum_os=16)
t, p, h = hi.read()
print(abs(t - 23.45) <= 0.01, abs(p - 987.654) <= 0.002, abs(h - 61.2) <= 0.01)

sim.set("env", temperature=-5.0, at_ms=sim.now_us() // 1000 + 100)
print("%.2f" % env.read()[0])
time.sleep_ms(150)
print("%.2f" % env.read()[0])
print(env.values)
