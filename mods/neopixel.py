# mods/neopixel.py: MicroPython's neopixel module (frozen): a WS2812 strip driven
# through machine.bitstream. Layer: library modules (Python, on mods/machine*).
# SPDX-License-Identifier: MIT

from machine import bitstream


class NeoPixel:
    # The WS2812B's timings in ns at 800 kHz: (high0, low0, high1, low1);
    # timing=0 picks the 400 kHz ones of the first WS2811s.
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.buf = bytearray(n * bpp)
        pin.init(pin.OUT)
        if timing == 1:
            self.timing = (400, 850, 800, 450)
        elif timing == 0:
            self.timing = (800, 1700, 1600, 900)
        else:
            self.timing = timing

    def __len__(self):
        return self.n

    def __setitem__(self, i, v):
        if i < 0:
            i += self.n
        offset = i * self.bpp
        for k in range(self.bpp):
            self.buf[offset + self.ORDER[k]] = v[k]

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        offset = i * self.bpp
        return tuple(self.buf[offset + self.ORDER[k]] for k in range(self.bpp))

    def fill(self, v):
        b = self.buf
        length = len(b)
        for k in range(self.bpp):
            c = v[k]
            for j in range(self.ORDER[k], length, self.bpp):
                b[j] = c

    def write(self):
        # A low of more than 50 us after the data latches it; the time the
        # program takes before its next write gives it, as on a board.
        bitstream(self.pin, 0, self.timing, self.buf)
