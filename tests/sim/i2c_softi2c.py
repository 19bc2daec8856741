# SoftI2C's primitives (start, write, readinto, stop) talking to the EEPROM by hand:
# a page write, ACK polling, a random read with a repeated START, a NACKed address.
# Compared with i2c_softi2c.exp (no CPython counterpart).
from machine import SoftI2C, Pin
import sim

s = SoftI2C(scl=Pin(5), sda=Pin(4), freq=100000)
s.start()
print(s.write(bytes([0x50 << 1, 0x00, 0x10, 0x41, 0x42])))   # address, memaddr, 2 bytes
s.stop()
while True:   # ACK polling by hand
    s.start()
    acked = s.write(bytes([0x50 << 1]))
    s.stop()
    if acked:
        break
s.start()
print(s.write(bytes([0x50 << 1, 0x00, 0x10])))
s.start()
print(s.write(bytes([0x50 << 1 | 1])))
buf = bytearray(3)
s.readinto(buf)
s.stop()
print(buf)
s.start()
print(s.write(bytes([0x12 << 1])))   # nobody: NACK, so 0 bytes ACKed
s.stop()
