# SPI modes checked through the pin trace: one byte 0xA5 (then 0x01 LSB first) per mode on
# hardware SPI1 at 1 MHz, and on SoftSPI, framed by CS (GP9). Compared with spi_modes.exp
# and spi_modes.vcd.exp (GPIO10 SCK, GPIO11 MOSI, GPIO8 MISO): no CPython counterpart.
# vcd
from machine import Pin, SPI, SoftSPI
import time

cs = Pin(9, Pin.OUT, value=1)
for mode in range(4):
    spi = SPI(1, 1_000_000, polarity=mode >> 1, phase=mode & 1)
    time.sleep_us(10)
    cs(0)
    spi.write(b"\xa5")
    cs(1)
    time.sleep_us(10)
    print("mode", mode, spi)
spi = SPI(1, 1_000_000, firstbit=SPI.LSB)
cs(0)
spi.write(b"\x01")
cs(1)
spi.deinit()
time.sleep_us(10)
soft = SoftSPI(baudrate=100_000, polarity=1, phase=1, sck=Pin(10), mosi=Pin(11), miso=Pin(8))
cs(0)
print(soft.read(4, 0x9F))
cs(1)
