# Linux HAL, I2C errors: no such bus (naming /dev/i2c-N), an absent address on either
# adapter (ENODEV, as SoftI2C and esp32 give), a bus id past the front end's range, use
# after deinit. Runs in the VM of run_linux.py; compared with i2c_errors.exp, since there is
# no CPython counterpart.
import os
from machine import I2C


def attempt(f):
    try:
        r = f()
        print("no error", r)
    except OSError as e:
        print("OSError", e.errno, e.args[1] if len(e.args) > 1 else "")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


attempt(lambda: I2C(7))
attempt(lambda: I2C(16))
for var in ("LHV_I2C_BUS", "LHV_I2C_RDWR_BUS"):
    i2c = I2C(int(os.getenv(var)))
    attempt(lambda: i2c.readfrom_mem(0x77, 0, 1))
    attempt(lambda: i2c.writeto(0x77, b"\x00"))
    attempt(lambda: i2c.readfrom(0x77, 1))
    i2c.deinit()
    attempt(lambda: i2c.readfrom(0x48, 1))
print("done")
