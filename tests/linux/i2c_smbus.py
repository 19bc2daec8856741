# Linux HAL, I2C on an SMBus-only adapter (the kernel's i2c-stub, chips at LHV_I2C_ADDRS):
# register writes and reads carried by SMBus byte/block calls, scan, and what SMBus cannot
# express (EOPNOTSUPP naming the bus). Runs in the VM of run_linux.py; compared with
# i2c_smbus.exp, since there is no CPython counterpart (a real kernel adapter).
import os
from machine import I2C

bus = int(os.getenv("LHV_I2C_BUS"))
a, b = [int(x, 16) for x in os.getenv("LHV_I2C_ADDRS").split(",")]
i2c = I2C(bus)
print([hex(x) for x in i2c.scan()])

i2c.writeto_mem(a, 0x10, b"\x11\x22\x33")
print(i2c.readfrom_mem(a, 0x10, 3))
print(i2c.readfrom_mem(a, 0x11, 1))
buf = bytearray(2)
i2c.readfrom_mem_into(a, 0x10, buf)
print(buf)
print(i2c.writeto(a, b"\x20\xab"))
print(i2c.readfrom_mem(a, 0x20, 1))
# A one-byte write sets the register pointer; a one-byte read reads there.
print(i2c.writeto(a, b"\x12"))
print(i2c.readfrom(a, 1))
# A write without STOP opens the next transfer to that address (a repeated START):
# here SMBus carries the pair as one I2C block read.
print(i2c.writeto(a, b"\x10", False))
print(i2c.readfrom(a, 3))
# 32 bytes: the most one SMBus block call carries.
i2c.writeto_mem(a, 0x40, bytes(range(32)))
print(i2c.readfrom_mem(a, 0x40, 32) == bytes(range(32)))
print(i2c.readfrom_mem(b, 0x10, 3))


def attempt(f):
    try:
        f()
        print("no error")
    except OSError as e:
        print("OSError", e.errno, e.args[1] if len(e.args) > 1 else "")


attempt(lambda: i2c.readfrom_mem(a, 0, 33))
attempt(lambda: i2c.readfrom(a, 2))
attempt(lambda: i2c.readfrom_mem(a, 0, 1, addrsize=16))
i2c.deinit()
print("done")
