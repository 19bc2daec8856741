# I2C scan on the board's bus (GP5/GP4: the OLED at 0x3c, the EEPROM at 0x50, the
# BME280 at 0x76), through hardware I2C and through SoftI2C on the same pins, and on
# pins with nothing wired. Compared with i2c_scan.exp: a board has no CPython counterpart.
from machine import I2C, SoftI2C, Pin
import sim

i2c = I2C(0, scl=Pin(5), sda=Pin(4), freq=400000)
print(i2c)
t0 = sim.now_us()
print([hex(a) for a in i2c.scan()])
# 112 probes of 11 bits (START, address, ACK, STOP) at 400 kHz, and 1 us per access.
print("scan took", sim.now_us() - t0, "us")
# The pins belong to the controller now.
try:
    Pin(4, Pin.OUT)
except ValueError as e:
    print("ValueError:", e)
i2c.deinit()

s = SoftI2C(scl=Pin(5), sda=Pin(4), freq=100000)
print(s)
t0 = sim.now_us()
print([hex(a) for a in s.scan()])
print("soft scan took", sim.now_us() - t0, "us")

# I2C0 on GP1/GP0: nothing wired there.
empty = I2C(0, scl=Pin(1), sda=Pin(0))
print(empty.scan())
empty.deinit()

# init() moves a bus: I2C0 back on GP5/GP4 at 100 kHz.
i2c = I2C(0, scl=Pin(1), sda=Pin(0))
i2c.init(scl=Pin(5), sda=Pin(4), freq=100000)
print(i2c, [hex(a) for a in i2c.scan()])
