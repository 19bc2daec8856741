# examples/lib/ssd1306.py: a driver for SSD1306 OLED displays (128x64, 128x32, 64x48...) on
# I2C, drawing with framebuf. Library code for the simulated board's tests and examples.
# SPDX-License-Identifier: MIT
#
# The API is the one MicroPython users know: SSD1306_I2C(width, height, i2c, addr=0x3C),
# the FrameBuffer drawing methods (fill, pixel, text, line, rect...), show(), poweron(),
# poweroff(), contrast(), invert(), rotate().

import framebuf

# Command bytes (SSD1306 datasheet, section 10).
SET_CONTRAST = 0x81
SET_ENTIRE_ON = 0xA4  # | 1: every pixel on
SET_NORM_INV = 0xA6  # | 1: inverse
SET_DISP = 0xAE  # | 1: on
SET_MEM_ADDR = 0x20
SET_COL_ADDR = 0x21
SET_PAGE_ADDR = 0x22
SET_DISP_START_LINE = 0x40
SET_SEG_REMAP = 0xA0
SET_MUX_RATIO = 0xA8
SET_COM_OUT_DIR = 0xC0  # | 8: scan from COM[N-1]
SET_DISP_OFFSET = 0xD3
SET_COM_PIN_CFG = 0xDA
SET_DISP_CLK_DIV = 0xD5
SET_PRECHARGE = 0xD9
SET_VCOM_DESEL = 0xDB
SET_CHARGE_PUMP = 0x8D

# I2C control bytes: Co = 0 (a stream follows), D/C# chooses commands or display data.
_CTRL_CMDS = 0x00
_CTRL_DATA = 0x40


class SSD1306(framebuf.FrameBuffer):
    """The display's logic, whatever the bus: a subclass supplies _commands(seq) and
    _data(buf)."""

    def __init__(self, width, height, external_vcc):
        self.width = width
        self.height = height
        self.external_vcc = external_vcc
        self.pages = height // 8
        self.buffer = bytearray(self.pages * width)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)
        self.init_display()

    def init_display(self):
        # Panels narrower than the 128 columns of RAM sit in its middle.
        self._col0 = (128 - self.width) // 2
        wide = self.width > 2 * self.height  # 128x32 panels use sequential COM pins
        self._commands(bytes((
            SET_DISP,
            SET_MEM_ADDR, 0x00,  # horizontal addressing, as show() sends the whole buffer
            SET_DISP_START_LINE,
            SET_SEG_REMAP | 1,
            SET_MUX_RATIO, self.height - 1,
            SET_COM_OUT_DIR | 8,
            SET_DISP_OFFSET, 0,
            SET_COM_PIN_CFG, 0x02 if wide else 0x12,
            SET_DISP_CLK_DIV, 0x80,
            SET_PRECHARGE, 0x22 if self.external_vcc else 0xF1,
            SET_VCOM_DESEL, 0x30,
            SET_CONTRAST, 0xFF,
            SET_ENTIRE_ON,
            SET_NORM_INV,
            SET_CHARGE_PUMP, 0x10 if self.external_vcc else 0x14,
        )))
        self.fill(0)
        self.show()
        self.poweron()

    def poweroff(self):
        self._commands(bytes((SET_DISP,)))

    def poweron(self):
        self._commands(bytes((SET_DISP | 1,)))

    def contrast(self, value):
        self._commands(bytes((SET_CONTRAST, value & 0xFF)))

    def invert(self, on):
        self._commands(bytes((SET_NORM_INV | (1 if on else 0),)))

    def rotate(self, flipped):
        # Half a turn: undo both the column and the COM scan mirroring.
        f = 1 if flipped else 0
        self._commands(bytes((SET_COM_OUT_DIR | (8 - 8 * f), SET_SEG_REMAP | (1 - f))))
        self.show()

    def show(self):
        self._commands(bytes((
            SET_COL_ADDR, self._col0, self._col0 + self.width - 1,
            SET_PAGE_ADDR, 0, self.pages - 1,
        )))
        self._data(self.buffer)


class SSD1306_I2C(SSD1306):
    def __init__(self, width, height, i2c, addr=0x3C, external_vcc=False):
        self.i2c = i2c
        self.addr = addr
        self._data_head = bytes((_CTRL_DATA,))
        super().__init__(width, height, external_vcc)

    def _commands(self, seq):
        # One transaction: a command stream after a single control byte.
        self.i2c.writevto(self.addr, (bytes((_CTRL_CMDS,)), seq))

    def _data(self, buf):
        # writevto sends the control byte and the buffer in one transaction, uncopied.
        self.i2c.writevto(self.addr, (self._data_head, buf))
