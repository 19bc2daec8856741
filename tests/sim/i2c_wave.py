# vcd
# One SoftI2C transfer at 100 kHz (5 us half bits) checked through the trace of
# GPIO5 (SCL, VCD id &) and GPIO4 (SDA, id %): START at 10 us, the address byte 0x78
# (0x3c, write) MSB first, sampled on SCL's rising edges, the OLED's ACK (SDA held low
# by the device through the 9th clock), the data byte 0x00 and its ACK, then STOP
# (SDA rising while SCL is high). Compared with i2c_wave.exp and i2c_wave.vcd.exp.
from machine import SoftI2C, Pin

s = SoftI2C(scl=Pin(5), sda=Pin(4), freq=100000)
print(s.writeto(0x3C, b"\x00"))
