# Linux HAL: SoftI2C and SoftSPI bit-banged over gpio-sim lines. SoftI2C's open drain
# lets a line go by making it an input, so the line's bias sets the level then (gpio-sim
# takes its pull from the request's bias, as a Pi's internal pull-ups would be used):
# SDA pulled up, no address ACKs and scan() is []; SDA pulled down (a device holding it
# low), every address ACKs. SoftSPI reads MISO's pull (lhv-pull) and drives SCK and MOSI
# (their levels after a transfer checked through lhv-value). Runs in the VM of
# run_linux.py; compared with soft_bus.exp (no CPython counterpart: real GPIO lines).
import os
from machine import Pin, SoftI2C, SoftSPI

# SCL = GPIO21 (line 5), SDA = GPIO22 (line 6), pulled up by their bias.
scl = Pin(21, Pin.IN, Pin.PULL_UP)
sda = Pin(22, Pin.IN, Pin.PULL_UP)
i2c = SoftI2C(scl=scl, sda=sda, freq=100000, timeout=1000)
print(scl, sda)
print(i2c.scan())
try:
    i2c.writeto(0x42, b"\x01")
except OSError as e:
    print("OSError", e.errno)
os.system("lhv-value 5; lhv-value 6")     # both released after STOP: high
sda.init(pull=Pin.PULL_DOWN)              # something holds SDA low
found = i2c.scan()
print(len(found), found[0] == 0x08, found[-1] == 0x77)
print(i2c.readfrom(0x42, 2))              # reads the low line: zeros, every byte ACKed
# Clock stretching forever: SCL held low makes the bus call time out.
scl.init(pull=Pin.PULL_DOWN)
try:
    i2c.scan()
except OSError as e:
    print("OSError", e.errno)
scl.deinit()
sda.deinit()

# SoftSPI: SCK = GPIO21 (line 5), MOSI = GPIO22 (line 6), MISO = GPIO23 (line 7).
os.system("lhv-pull 7 up")
spi = SoftSPI(baudrate=100000, polarity=0, phase=0, sck=Pin(21), mosi=Pin(22), miso=Pin(23))
print(spi.read(2, 0x00))
os.system("lhv-pull 7 down")
print(spi.read(2, 0xFF))
spi.write(b"\x01")           # the last bit sent is 1: MOSI stays high
os.system("lhv-value 6; lhv-value 5")
buf = bytearray(3)
spi.write_readinto(b"\xfe\xfe\xfe", buf)   # last bit 0: MOSI low
print(buf)
os.system("lhv-value 6; lhv-value 5")
spi.init(polarity=1)         # idle clock high
os.system("lhv-value 5")
spi.deinit()
