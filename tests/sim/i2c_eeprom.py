# The 24LC256 EEPROM at 0x50: 16-bit memory addresses (addrsize=16), page writes that
# wrap within their 64-byte page, ACK polling through the 5 ms write cycle, sequential
# reads wrapping at the end of memory; on hardware I2C (rp2 raises EIO for an address
# NACK) and on SoftI2C (ENODEV). Compared with i2c_eeprom.exp (no CPython counterpart).
from machine import I2C, SoftI2C, Pin
import sim

EE = 0x50


def poll(bus):
    # ACK polling: address the part until it answers again.
    n = 0
    t0 = sim.now_us()
    while True:
        try:
            bus.writeto(EE, b"")
            break
        except OSError as e:
            err = e.errno
            n += 1
    return n > 0, err, sim.now_us() - t0 >= 4900


def check(bus):
    print(bus.readfrom_mem(EE, 0, 4, addrsize=16))   # erased: 0xff
    bus.writeto_mem(EE, 0x0100, b"hello", addrsize=16)
    print("polled:", poll(bus))
    print(bus.readfrom_mem(EE, 0x0100, 5, addrsize=16))
    # 8 bytes at 0x013c: 4 fit the page 0x0100-0x013f, the rest wrap to 0x0100.
    bus.writeto_mem(EE, 0x013C, b"ABCDEFGH", addrsize=16)
    poll(bus)
    print(bus.readfrom_mem(EE, 0x0100, 8, addrsize=16), bus.readfrom_mem(EE, 0x013C, 4, addrsize=16))
    # The last two bytes of memory, then wrap-around to address 0.
    bus.writeto_mem(EE, 0x7FFE, b"yz", addrsize=16)
    poll(bus)
    bus.writeto_mem(EE, 0x0000, b"01", addrsize=16)
    poll(bus)
    print(bus.readfrom_mem(EE, 0x7FFE, 4, addrsize=16))
    # Current-address read: the counter carries on after the last read.
    print(bus.readfrom(EE, 2))
    # readfrom_mem_into and a write with writeto (2 address bytes + data): ACK count.
    buf = bytearray(3)
    bus.readfrom_mem_into(EE, 0x0100, buf, addrsize=16)
    print(buf, bus.writeto(EE, b"\x02\x00xyz"))
    poll(bus)
    print(bus.readfrom_mem(EE, 0x0200, 3, addrsize=16))


hw = I2C(0, scl=Pin(5), sda=Pin(4))
check(hw)
hw.deinit()
check(SoftI2C(scl=Pin(5), sda=Pin(4)))
