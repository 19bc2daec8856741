# Linux HAL, I2C through I2C_RDWR (i2c-regstub: 256-byte register files behind an
# auto-incrementing pointer, at LHV_I2C_RDWR_ADDRS): combined write-then-read with a repeated
# START, long transfers, writevto, readfrom, scan. Runs in the VM of run_linux.py; compared
# with i2c_rdwr.exp, since there is no CPython counterpart (a real kernel adapter).
import os
from machine import I2C

bus = int(os.getenv("LHV_I2C_RDWR_BUS"))
a, b = [int(x, 16) for x in os.getenv("LHV_I2C_RDWR_ADDRS").split(",")]
i2c = I2C(bus, freq=100000)
print([hex(x) for x in i2c.scan()])

i2c.writeto_mem(a, 0x10, b"\x11\x22\x33")
print(i2c.readfrom_mem(a, 0x10, 3))
print(i2c.readfrom_mem(a, 0x12, 1))
buf = bytearray(4)
i2c.readfrom_mem_into(a, 0x0F, buf)
print(buf)
data = bytes((i * 7) & 0xFF for i in range(100))
i2c.writeto_mem(a, 0x80, data)
print(i2c.readfrom_mem(a, 0x80, 100) == data)
# writevto: the address once, then each buffer (the first is the register).
print(i2c.writevto(a, (b"\x20", b"ab", b"", b"cd")))
print(i2c.readfrom_mem(a, 0x20, 4))
# A write without STOP, then a read after a repeated START (one I2C_RDWR).
print(i2c.writeto(a, b"\x21", False))
print(i2c.readfrom(a, 3))
# Held back for the same address only: another address first sends it on its own.
print(i2c.writeto(a, b"\x10", False))
print(i2c.readfrom_mem(b, 0x20, 2))
print(i2c.readfrom(a, 2))
# A write after a write without STOP is a message of its own (not merged into one).
i2c.writeto(a, b"\x30", False)
print(i2c.writeto(a, b"\x31\x99"))
print(i2c.readfrom_mem(a, 0x30, 2), i2c.readfrom_mem(a, 0x31, 1))
print(i2c.readfrom_mem(b, 0x20, 2))
i2c.deinit()
print("done")
