# The board's W25Q flash (pico: SPI1, CS GP9) through hardware SPI and SoftSPI: JEDEC id,
# program, erase, read, WIP polling. No CPython counterpart: compared with spi_flash.exp.
from machine import Pin, SPI, SoftSPI
import time

cs = Pin(9, Pin.OUT, value=1)


def cmd(spi, out, n=0):
    cs(0)
    spi.write(bytes(out))
    r = spi.read(n) if n else None
    cs(1)
    return r


def wait(spi):
    polls = 0
    while cmd(spi, [0x05], 1)[0] & 1:
        polls += 1
        time.sleep_ms(1)
    return polls


def check(spi, name):
    print(name, spi)
    print("jedec", cmd(spi, [0x9F], 3).hex())
    print("status", cmd(spi, [0x05], 1).hex())
    cmd(spi, [0x06])
    print("wel", cmd(spi, [0x05], 1).hex())
    cmd(spi, [0x20, 0, 0x10, 0])          # erase sector 0x1000
    print("erase polls > 30", wait(spi) > 30)
    print("erased", cmd(spi, [0x03, 0, 0x10, 0], 4).hex())
    cmd(spi, [0x06])
    cmd(spi, [0x02, 0, 0x10, 0xFE] + list(b"wrap"))   # page wrap: 2 bytes at the end, 2 at 0
    wait(spi)
    print("page end", cmd(spi, [0x03, 0, 0x10, 0xFE], 2))
    print("page start", cmd(spi, [0x03, 0, 0x10, 0x00], 2))
    cmd(spi, [0x02, 0, 0x10, 0x10] + list(b"no WEL"))  # ignored: no write enable
    print("no wel", cmd(spi, [0x03, 0, 0x10, 0x10], 6).hex())
    cmd(spi, [0x06])
    cmd(spi, [0x02, 0, 0x10, 0x20, 0x0F])               # 1 -> 0 only
    wait(spi)
    cmd(spi, [0x06])
    cmd(spi, [0x02, 0, 0x10, 0x20, 0xF3])
    wait(spi)
    print("and", cmd(spi, [0x03, 0, 0x10, 0x20], 1).hex())
    buf = bytearray(4)
    cs(0)
    spi.write(b"\x0b\x00\x10\xfe\x00")                 # fast read with its dummy byte
    spi.readinto(buf)
    cs(1)
    print("fast read", bytes(buf))
    w = bytearray(b"\x03\x00\x10\xfe\x00\x00")
    cs(0)
    spi.write_readinto(w, w)                            # the same buffer both ways
    cs(1)
    print("same buffer", bytes(w[4:]))


hw = SPI(1, baudrate=8_000_000)
check(hw, "hw")
hw.deinit()
check(SoftSPI(baudrate=250_000, sck=Pin(10), mosi=Pin(11), miso=Pin(8)), "soft")
print(SPI(1, 1_000_000, polarity=1, phase=1, firstbit=SPI.LSB))
