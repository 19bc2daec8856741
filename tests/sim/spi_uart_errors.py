# Bad SPI and UART requests get a clear exception naming the bus or pin: unknown buses, pins
# that cannot take a role, pins in use by another peripheral, bad settings. Compared with
# spi_uart_errors.exp: no CPython counterpart.
from machine import Pin, SPI, SoftSPI, UART


def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__ + ":", e)


attempt("SPI(5)", lambda: SPI(5))
attempt("UART(3)", lambda: UART(3))
attempt("SPI(0) sck=GP1", lambda: SPI(0, sck=Pin(1)))
attempt("SPI(0) bits=16", lambda: SPI(0, bits=16))
attempt("SPI(0) polarity=2", lambda: SPI(0, polarity=2))
attempt("UART(0) tx=GP4", lambda: UART(0, tx=Pin(4)))
attempt("UART(0) bits=9", lambda: UART(0, bits=9))
attempt("UART(0) stop=3", lambda: UART(0, stop=3))
attempt("UART(1) baud 0", lambda: UART(1, 0))
u = UART(0)                     # GP0/GP1
attempt("SPI(0) miso=GP0 in use", lambda: SPI(0, miso=0, sck=2, mosi=3))
attempt("Pin(0) in use", lambda: Pin(0, Pin.OUT))
u.deinit()
attempt("Pin(0) free again", lambda: Pin(0, Pin.OUT))
attempt("SoftSPI no sck", lambda: SoftSPI())
attempt("SoftSPI bad pin", lambda: SoftSPI(sck=99))
attempt("SoftSPI pin type", lambda: SoftSPI(sck=1.5))
s = SPI(1)
s.deinit()
attempt("deinit SPI write", lambda: s.write(b"x"))
attempt("write_readinto lengths", lambda: SPI(1).write_readinto(b"ab", bytearray(3)))
attempt("readinto bytes", lambda: SPI(1).readinto(b"ab"))
attempt("write int", lambda: SPI(1).write(5))
