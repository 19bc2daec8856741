# examples/lib/bme280.py: a driver for the Bosch BME280 temperature, pressure and humidity
# sensor on I2C, in forced mode, with the datasheet's integer compensation. Library code for
# the simulated board's tests and examples.
# SPDX-License-Identifier: MIT
#
#   sensor = BME280(i2c)                  # address 0x76 (SDO low) by default, 0x77 too
#   t, p, h = sensor.read()               # degC, hPa, %RH as floats
#   sensor.values                         # ("23.45C", "1013.25hPa", "45.12%")

import struct
import time

_REG_CALIB_TP = 0x88  # 26 bytes: T1..T3, P1..P9, a reserved byte, H1
_REG_ID = 0xD0
_REG_RESET = 0xE0
_REG_CALIB_H = 0xE1  # 7 bytes: H2..H6, H4 and H5 sharing a nibble
_REG_CTRL_HUM = 0xF2
_REG_STATUS = 0xF3
_REG_CTRL_MEAS = 0xF4
_REG_CONFIG = 0xF5
_REG_DATA = 0xF7  # 8 bytes: pressure (20 bits), temperature (20 bits), humidity (16 bits)

_CHIP_ID = 0x60
_OSRS = {1: 1, 2: 2, 4: 3, 8: 4, 16: 5}  # oversampling -> register code


def _s8(b):
    return b - 256 if b > 127 else b


def _div(a, b):
    # C's integer division truncates toward zero; Python's // floors.
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


class BME280:
    def __init__(self, i2c, addr=0x76, temp_os=1, press_os=1, hum_os=1):
        self.i2c = i2c
        self.addr = addr
        for os in (temp_os, press_os, hum_os):
            if os not in _OSRS:
                raise ValueError("oversampling must be 1, 2, 4, 8 or 16")
        self._os = (temp_os, press_os, hum_os)
        chip = self.i2c.readfrom_mem(addr, _REG_ID, 1)[0]
        if chip != _CHIP_ID:
            raise OSError("no BME280 at 0x%02x (chip id 0x%02x)" % (addr, chip))
        self._read_calibration()
        self.t_fine = 0

    def _read_calibration(self):
        tp = self.i2c.readfrom_mem(self.addr, _REG_CALIB_TP, 26)
        (self.T1, self.T2, self.T3, self.P1, self.P2, self.P3, self.P4, self.P5, self.P6,
         self.P7, self.P8, self.P9) = struct.unpack("<HhhHhhhhhhhh", tp[:24])
        self.H1 = tp[25]
        h = self.i2c.readfrom_mem(self.addr, _REG_CALIB_H, 7)
        self.H2 = struct.unpack("<h", h[0:2])[0]
        self.H3 = h[2]
        self.H4 = _s8(h[3]) * 16 | (h[4] & 0x0F)
        self.H5 = _s8(h[5]) * 16 | (h[4] >> 4)
        self.H6 = _s8(h[6])

    def reset(self):
        self.i2c.writeto_mem(self.addr, _REG_RESET, b"\xb6")
        time.sleep_ms(2)

    def _measure_ms(self):
        # Datasheet 9.1, maximum conversion time, rounded up.
        t, p, h = self._os
        us = 1250 + 2300 * t + (2300 * p + 575) + (2300 * h + 575)
        return (us + 999) // 1000

    def read_raw(self):
        """One forced conversion: returns (adc_t, adc_p, adc_h)."""
        t, p, h = self._os
        self.i2c.writeto_mem(self.addr, _REG_CTRL_HUM, bytes((_OSRS[h],)))
        # ctrl_hum takes effect with this write of ctrl_meas; mode 01 = forced.
        self.i2c.writeto_mem(self.addr, _REG_CTRL_MEAS,
                             bytes((_OSRS[t] << 5 | _OSRS[p] << 2 | 1,)))
        time.sleep_ms(self._measure_ms())
        for _ in range(50):  # then wait for the "measuring" bit to drop
            if not self.i2c.readfrom_mem(self.addr, _REG_STATUS, 1)[0] & 0x08:
                break
            time.sleep_ms(1)
        d = self.i2c.readfrom_mem(self.addr, _REG_DATA, 8)
        adc_p = d[0] << 12 | d[1] << 4 | d[2] >> 4
        adc_t = d[3] << 12 | d[4] << 4 | d[5] >> 4
        adc_h = d[6] << 8 | d[7]
        return adc_t, adc_p, adc_h

    # The compensation formulas of the datasheet (4.2.3 and 8.2), in integers.

    def compensate_t(self, adc_t):
        """0.01 degC units; sets t_fine for the other two."""
        v1 = (((adc_t >> 3) - (self.T1 << 1)) * self.T2) >> 11
        d = (adc_t >> 4) - self.T1
        v2 = (((d * d) >> 12) * self.T3) >> 14
        self.t_fine = v1 + v2
        return (self.t_fine * 5 + 128) >> 8

    def compensate_p(self, adc_p):
        """Pa as Q24.8 (the 64-bit version)."""
        v1 = self.t_fine - 128000
        v2 = v1 * v1 * self.P6
        v2 += (v1 * self.P5) << 17
        v2 += self.P4 << 35
        v1 = ((v1 * v1 * self.P3) >> 8) + ((v1 * self.P2) << 12)
        v1 = (((1 << 47) + v1) * self.P1) >> 33
        if v1 == 0:
            return 0
        p = 1048576 - adc_p
        p = _div(((p << 31) - v2) * 3125, v1)
        v1 = (self.P9 * (p >> 13) * (p >> 13)) >> 25
        v2 = (self.P8 * p) >> 19
        return ((p + v1 + v2) >> 8) + (self.P7 << 4)

    def compensate_h(self, adc_h):
        """%RH as Q22.10."""
        x = self.t_fine - 76800
        a = ((adc_h << 14) - (self.H4 << 20) - self.H5 * x + 16384) >> 15
        b = ((((((x * self.H6) >> 10) * (((x * self.H3) >> 11) + 32768)) >> 10) + 2097152)
             * self.H2 + 8192) >> 14
        x = a * b
        x -= (((x >> 15) * (x >> 15)) >> 7) * self.H1 >> 4
        x = min(max(x, 0), 419430400)
        return x >> 12

    def read(self):
        """Returns (temperature degC, pressure hPa, humidity %RH)."""
        adc_t, adc_p, adc_h = self.read_raw()
        t = self.compensate_t(adc_t)
        p = self.compensate_p(adc_p)
        h = self.compensate_h(adc_h)
        return t / 100, p / 25600, h / 1024

    @property
    def values(self):
        t, p, h = self.read()
        return ("%.2fC" % t, "%.2fhPa" % p, "%.2f%%" % h)
