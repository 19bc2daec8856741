# I2C and SoftI2C errors: absent addresses (EIO from rp2's hardware I2C, ENODEV from
# SoftI2C), a bus held low (ETIMEDOUT), SoftI2C on pins without pull-ups, bad addrsize,
# bad ids, pins and addresses, use after deinit, sim errors. Compared with
# i2c_errors.exp (no CPython counterpart).
from machine import I2C, SoftI2C, Pin
import sim


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e.args if isinstance(e, OSError) else e)


i2c = I2C(0, scl=Pin(5), sda=Pin(4))
attempt(i2c.readfrom, 0x10, 1)
attempt(i2c.writeto, 0x11, b"x")
attempt(i2c.readfrom_mem, 0x50, 0, 1, addrsize=12)
attempt(i2c.readfrom_mem, 0x50, 0, 1, addrsize=40)
attempt(i2c.writeto_mem, 0x50, 0, b"", addrsize=0)
attempt(i2c.readfrom, 0x80, 1)
attempt(i2c.writeto, 0x50, 5)
i2c.deinit()
attempt(i2c.scan)

soft = SoftI2C(Pin(5), Pin(4))
attempt(soft.readfrom, 0x10, 1)
attempt(soft.writeto_mem, 0x3D, 0, b"x")

attempt(I2C, 7, scl=Pin(5), sda=Pin(4))
attempt(I2C, 0, scl=Pin(4), sda=Pin(5))   # swapped: GP4 is SDA only
attempt(I2C, 0)
attempt(I2C, 0, scl=Pin(5), sda=Pin(4), freq=0)
attempt(SoftI2C, scl=23, sda=22)   # GPIO23 is the power supply's

# I2C1 on GP15/GP14: btn1 (GP14, to ground) pressed holds SDA low.
bus1 = I2C(1, scl=Pin(15), sda=Pin(14))
attempt(bus1.scan)
sim.press("btn1")
attempt(bus1.scan)
sim.release("btn1")
attempt(bus1.scan)
bus1.deinit()

# SoftI2C on GP16/GP17: no pull-ups there, so SCL never rises once released.
t0 = sim.now_us()
bare = SoftI2C(scl=Pin(16, Pin.OUT, value=0), sda=Pin(17), timeout=1000)
attempt(bare.writeto, 0x3C, b"x")
print("waited", sim.now_us() - t0 >= 1000)
attempt(bare.start)

attempt(sim.set, "env", colour=3)
attempt(sim.set, "env")
attempt(sim.set, "led", temperature=3)
attempt(sim.pixels, "env")
attempt(sim.pixels, "nope")

# Making a bus again on its own pins re-initialises it (as on a board), and
# Pin(n) alone only names a pin the bus has; a mode would take it: an error.
again = I2C(0, scl=Pin(5), sda=Pin(4))
again = I2C(0, scl=Pin(5), sda=Pin(4))
print(again.scan() == I2C(0, scl=Pin(5), sda=Pin(4)).scan(), Pin(4))
attempt(Pin, 5, Pin.OUT)
